module.exports = `mutation RejectStory($id: ID!, $reason: String!) {
  rejectStory(input: { id: $id, reason: $reason }) { story { id status } }
}`;
