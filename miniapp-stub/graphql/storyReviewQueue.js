module.exports = `query StoryReviewQueue($first: Int, $after: String) {
  storyReviewQueue(first: $first, after: $after) {
    edges { node { id title summary body coverUrl tags status authorOrgUnit { name } craftsmen { name }
      pendingRevision { id title summary body coverUrl tags craftsmen { name } status rejectReason } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
