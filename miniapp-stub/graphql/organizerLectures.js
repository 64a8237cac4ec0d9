module.exports = `query OrganizerLectures($filter: LectureFilter, $first: Int, $after: String) {
  lectures(filter: $filter, first: $first, after: $after) {
    edges { node { id topic startsAt durationMinutes status checkInCode attendeeCount classroom { id name } lecturers { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
