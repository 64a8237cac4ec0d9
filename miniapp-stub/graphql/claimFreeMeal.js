module.exports = `mutation ClaimFreeMeal($stationId: ID!) {
  claimFreeMeal(input: { stationId: $stationId }) {
    claim { id day claimedAt }
    remainingToday
  }
}`;
