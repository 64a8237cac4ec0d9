module.exports = `query ServiceStations($near: GeoPointInput, $service: StationService, $openNow: Boolean, $first: Int, $after: String) {
  serviceStations(near: $near, service: $service, openNow: $openNow, first: $first, after: $after) {
    edges { node { id name address distanceMeters services open24h openNow reportedClosed freeMeals { remainingToday } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
