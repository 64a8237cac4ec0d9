module.exports = `query OrganizerStories($status: StoryStatus, $first: Int, $after: String) {
  organizerStories(status: $status, first: $first, after: $after) {
    edges { node { id title status } }
    pageInfo { hasNextPage endCursor }
  }
}`;
