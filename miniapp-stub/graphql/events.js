module.exports = `query Events($filter: EventFilter, $orderBy: EventOrder, $near: GeoPointInput, $first: Int, $after: String) {
  events(filter: $filter, orderBy: $orderBy, near: $near, first: $first, after: $after) {
    edges { node { id title startsAt remainingSeats category kind distanceMeters venue { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
