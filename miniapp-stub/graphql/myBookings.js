module.exports = `query MyBookings($status: BookingStatus, $first: Int, $after: String) {
  myBookings(status: $status, first: $first, after: $after) {
    edges { node { id status seatNo date from to checkedInAt room { id name address } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
