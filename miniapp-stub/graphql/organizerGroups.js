module.exports = `query OrganizerGroups($orgUnitId: ID, $first: Int, $after: String) {
  interestGroups(orgUnitId: $orgUnitId, first: $first, after: $after) {
    edges { node { id name description category memberCount membersOnly orgUnit { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
