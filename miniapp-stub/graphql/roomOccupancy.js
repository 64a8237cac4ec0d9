module.exports = `query RoomOccupancy($roomId: ID!) {
  roomOccupancy(roomId: $roomId) { seats inService bookedNow checkedInNow freeNow }
}`;
