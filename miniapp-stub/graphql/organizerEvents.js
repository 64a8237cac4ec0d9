module.exports = `query OrganizerEvents($status: EventStatus, $first: Int, $after: String) {
  organizerEvents(status: $status, first: $first, after: $after) {
    edges { node { id title status startsAt capacity confirmedCount waitlistCount attendedCount version organizer { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
