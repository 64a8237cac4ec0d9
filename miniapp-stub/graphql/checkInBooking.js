module.exports = `mutation CheckInBooking($code: String!) {
  checkInBooking(input: { code: $code }) { booking { id status seatNo date from to room { name } } }
}`;
