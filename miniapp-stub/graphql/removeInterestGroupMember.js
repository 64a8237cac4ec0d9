module.exports = `mutation RemoveInterestGroupMember($groupId: ID!, $userId: ID!) {
  removeInterestGroupMember(input: { groupId: $groupId, userId: $userId }) { group { id memberCount } }
}`;
