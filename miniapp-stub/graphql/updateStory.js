module.exports = `mutation UpdateStory($input: UpdateStoryInput!) {
  updateStory(input: $input) {
    story { id title summary body coverUrl tags status authorOrgUnit { id name } craftsmen { id name }
      pendingRevision { id title summary body coverUrl tags craftsmen { id name } status rejectReason } }
  }
}`;
