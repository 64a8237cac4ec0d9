module.exports = `mutation CreateStory($input: CreateStoryInput!) {
  createStory(input: $input) {
    story { id title summary body coverUrl tags status authorOrgUnit { id name } craftsmen { id name }
      pendingRevision { id title summary body coverUrl tags craftsmen { id name } status rejectReason } }
  }
}`;
