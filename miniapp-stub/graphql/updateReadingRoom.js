module.exports = `mutation UpdateReadingRoom($input: UpdateReadingRoomInput!) {
  updateReadingRoom(input: $input) { room { id name address facilities photos bookingHorizonDays releaseTime openingHours { weekday opens closes } seatCount slotMinutes } }
}`;
