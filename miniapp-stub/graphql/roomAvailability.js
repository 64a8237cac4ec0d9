module.exports = `query RoomAvailability($id: ID!, $date: Date!) {
  readingRoom(id: $id) { id name availability(date: $date) { from to freeSeats freeSeatNos } }
}`;
