module.exports = `mutation LeaveInterestGroup($groupId: ID!) {
  leaveInterestGroup(input: { groupId: $groupId }) { group { id memberCount joined } }
}`;
