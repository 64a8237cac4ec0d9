module.exports = `query RoomAvailability($id: ID!, $date: Date!) {
  readingRoom(id: $id) {
    id name address seatCount openingHours { weekday opens closes }
    availability(date: $date) { from to freeSeats freeSeatNos }
  }
}`;
