module.exports = `mutation CancelEvent($id: ID!, $reason: String!) {
  cancelEvent(input: { id: $id, reason: $reason }) { event { id status cancelReason } }
}`;
