module.exports = `mutation CancelLecture($id: ID!, $reason: String!) {
  cancelLecture(input: { id: $id, reason: $reason }) { lecture { id status cancelReason } }
}`;
