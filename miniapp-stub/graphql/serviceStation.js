module.exports = `query ServiceStation($id: ID!) {
  serviceStation(id: $id) {
    id name address lat lng services photos open24h openNow reportedClosed closedAt
    openingHours { weekday opens closes }
    freeMeals { dailyQuota remainingToday claimedByMe }
  }
}`;
