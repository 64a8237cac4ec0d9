module.exports = `query MyReminders($first: Int, $after: String) {
  myReminders(first: $first, after: $after) {
    edges { node { id topic startsAt durationMinutes status classroom { name mode } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
