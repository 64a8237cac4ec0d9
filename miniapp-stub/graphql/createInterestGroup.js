module.exports = `mutation CreateInterestGroup($input: CreateInterestGroupInput!) {
  createInterestGroup(input: $input) { group { id name description category memberCount membersOnly orgUnit { id name } } }
}`;
