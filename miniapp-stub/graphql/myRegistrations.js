module.exports = `query MyRegistrations($status: RegistrationStatus, $first: Int, $after: String) {
  myRegistrations(status: $status, first: $first, after: $after) {
    edges { node { id status waitlistPosition checkInCode checkedInAt event { id title startsAt status venue { name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
