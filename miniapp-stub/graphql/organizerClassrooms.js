module.exports = `query OrganizerClassrooms($orgUnitId: ID, $first: Int, $after: String) {
  classrooms(orgUnitId: $orgUnitId, first: $first, after: $after) {
    edges { node { id name mode address districtCode capacity liveUrl orgUnit { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
