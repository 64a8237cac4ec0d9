module.exports = `mutation BookSeat($roomId: ID!, $date: Date!, $from: String!, $to: String!, $seatNo: Int) {
  bookSeat(input: { roomId: $roomId, date: $date, from: $from, to: $to, seatNo: $seatNo }) {
    booking { id status seatNo from to }
  }
}`;
