module.exports = `query Stories($filter: StoryFilter, $first: Int, $after: String) {
  stories(filter: $filter, first: $first, after: $after) {
    edges { node { id title summary coverUrl likeCount craftsmen { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
