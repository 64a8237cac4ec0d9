module.exports = `query RoomSeats($id: ID!) {
  readingRoom(id: $id) { id seats { seatNo powerSocket accessible inService } }
}`;
