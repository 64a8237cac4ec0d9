module.exports = `query MyHelpRequests($first: Int, $after: String) {
  myHelpRequests(first: $first, after: $after) {
    edges { node { id category description status createdAt orgUnit { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
