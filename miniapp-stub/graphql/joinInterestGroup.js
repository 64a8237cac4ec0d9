module.exports = `mutation JoinInterestGroup($groupId: ID!) {
  joinInterestGroup(input: { groupId: $groupId }) { group { id memberCount joined } }
}`;
