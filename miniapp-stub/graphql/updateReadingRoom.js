module.exports = `mutation UpdateReadingRoom($input: UpdateReadingRoomInput!) {
  updateReadingRoom(input: $input) { room { id bookingHorizonDays openingHours { weekday opens closes } } }
}`;
