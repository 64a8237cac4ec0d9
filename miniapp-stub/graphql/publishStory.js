module.exports = `mutation PublishStory($id: ID!) {
  publishStory(input: { id: $id }) { story { id status } }
}`;
