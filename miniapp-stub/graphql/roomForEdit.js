module.exports = `query RoomForEdit($id: ID!) {
  readingRoom(id: $id) { id name address facilities photos bookingHorizonDays releaseTime openingHours { weekday opens closes } seatCount slotMinutes orgUnit { id name } }
}`;
