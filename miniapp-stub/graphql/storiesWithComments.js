module.exports = `query StoriesWithComments($first: Int, $after: String) {
  organizerStories(first: $first, after: $after) {
    edges { node { id title publishedAt commentCount authorOrgUnit { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
