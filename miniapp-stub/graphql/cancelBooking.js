module.exports = `mutation CancelBooking($id: ID!) {
  cancelBooking(input: { id: $id }) { booking { id status } }
}`;
