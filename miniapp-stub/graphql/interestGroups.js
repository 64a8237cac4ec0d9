module.exports = `query InterestGroups($orgUnitId: ID, $category: EventCategory, $first: Int, $after: String) {
  interestGroups(orgUnitId: $orgUnitId, category: $category, first: $first, after: $after) {
    edges { node { id name description category memberCount joined membersOnly orgUnit { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
