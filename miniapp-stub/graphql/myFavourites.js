module.exports = `query MyFavourites($first: Int, $after: String) {
  myFavourites(first: $first, after: $after) {
    edges { node { id title summary coverUrl likeCount craftsmen { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
