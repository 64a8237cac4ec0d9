module.exports = `query EventAttendees($eventId: ID!, $status: RegistrationStatus, $first: Int, $after: String) {
  event(id: $eventId) { id title capacity confirmedCount waitlistCount attendedCount }
  eventAttendees(eventId: $eventId, status: $status, first: $first, after: $after) {
    edges { node { id status waitlistPosition registeredAt checkedInAt
      answers { questionId label value } attendee { nickname phone orgUnitName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
