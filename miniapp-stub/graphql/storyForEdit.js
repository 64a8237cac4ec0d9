module.exports = `query StoryForEdit($id: ID!) {
  story(id: $id) {
    id title summary body coverUrl tags status authorOrgUnit { id name } craftsmen { id name }
    pendingRevision { id title summary body coverUrl tags craftsmen { id name } status rejectReason }
  }
}`;
