module.exports = `query OrganizerSeasons($first: Int, $after: String) {
  seasons(first: $first, after: $after) {
    edges { node { id name startsOn endsOn quarterNames } }
    pageInfo { hasNextPage endCursor }
  }
}`;
