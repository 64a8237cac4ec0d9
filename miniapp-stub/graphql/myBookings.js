module.exports = `query MyBookings($first: Int, $after: String) {
  myBookings(first: $first, after: $after) {
    edges { node { id status seatNo date from to room { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
