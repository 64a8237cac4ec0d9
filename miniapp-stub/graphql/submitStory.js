module.exports = `mutation SubmitStory($id: ID!) {
  submitStory(input: { id: $id }) { story { id status pendingRevision { id status rejectReason } } }
}`;
