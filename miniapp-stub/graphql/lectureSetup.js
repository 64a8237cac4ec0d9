module.exports = `query LectureSetup($orgUnitId: ID) {
  classrooms(orgUnitId: $orgUnitId, first: 50) { edges { node { id name mode } } }
  craftsmen(filter: { orgUnitId: $orgUnitId }, first: 50) { edges { node { id name } } }
  lectureSeries(orgUnitId: $orgUnitId, first: 50) { edges { node { id name } } }
}`;
