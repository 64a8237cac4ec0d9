module.exports = `query ReadingRooms($near: GeoPointInput, $first: Int, $after: String) {
  readingRooms(near: $near, first: $first, after: $after) {
    edges { node { id name address distanceMeters seatCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;
