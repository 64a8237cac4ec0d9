module.exports = `query Craftsmen($filter: CraftsmanFilter, $first: Int, $after: String) {
  craftsmen(filter: $filter, first: $first, after: $after) {
    edges { node { id name enterprise trade portraitUrl honours { honour year } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
