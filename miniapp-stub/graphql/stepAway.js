module.exports = `mutation StepAway($id: ID!) {
  stepAway(input: { id: $id }) { booking { id status } }
}`;
