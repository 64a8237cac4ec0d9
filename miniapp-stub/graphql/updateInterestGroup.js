module.exports = `mutation UpdateInterestGroup($input: UpdateInterestGroupInput!) {
  updateInterestGroup(input: $input) { group { id name description category memberCount membersOnly orgUnit { id name } } }
}`;
