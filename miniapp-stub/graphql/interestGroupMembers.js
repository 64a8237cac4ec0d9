module.exports = `query InterestGroupMembers($groupId: ID!, $first: Int, $after: String) {
  interestGroupMembers(groupId: $groupId, first: $first, after: $after) {
    edges { node { userId nickname phone orgUnitName joinedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
