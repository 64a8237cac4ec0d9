module.exports = `query OrganizerRooms($orgUnitId: ID, $first: Int) {
  readingRooms(orgUnitId: $orgUnitId, first: $first) {
    edges { node { id name address seatCount deskCode deskQrCode upcomingClosures { date reason } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
