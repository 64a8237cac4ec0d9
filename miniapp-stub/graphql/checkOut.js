module.exports = `mutation CheckOut($id: ID!) {
  checkOut(input: { id: $id }) { booking { id status } }
}`;
