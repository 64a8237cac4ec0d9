module.exports = `query Lectures($filter: LectureFilter, $first: Int, $after: String) {
  lectures(filter: $filter, first: $first, after: $after) {
    edges { node { id topic startsAt durationMinutes status remindMe classroom { name mode } lecturers { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
