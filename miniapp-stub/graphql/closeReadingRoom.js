module.exports = `mutation CloseReadingRoom($roomId: ID!, $date: Date!, $reason: String!) {
  closeReadingRoom(input: { roomId: $roomId, date: $date, reason: $reason }) {
    room { id upcomingClosures { date reason } }
    cancelledBookings
  }
}`;
