module.exports = `query RoomAvailability($id: ID!, $date: Date!) {
  readingRoom(id: $id) {
    id name address seatCount facilities openingHours { weekday opens closes }
    seats { seatNo powerSocket accessible inService }
    availability(date: $date) { from to freeSeats freeSeatNos }
  }
}`;
