module.exports = `query PopularEvents($city: String, $first: Int) {
  popularEvents(city: $city, first: $first) {
    edges { node { id title startsAt remainingSeats category venue { name } } }
  }
}`;
