module.exports = `query Stories($first: Int, $after: String) {
  stories(first: $first, after: $after) {
    edges { node { id title summary coverUrl likeCount craftsmen { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
