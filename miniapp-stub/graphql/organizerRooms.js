module.exports = `query OrganizerRooms($orgUnitId: ID, $first: Int) {
  readingRooms(orgUnitId: $orgUnitId, first: $first) {
    edges { node { id name address seatCount deskCode deskQrCode bookingHorizonDays slotMinutes
      openingHours { weekday opens closes } upcomingClosures { date reason } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
