module.exports = `mutation ApplyForMembership($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    application { id status orgUnit { id name } realName employer reason createdAt reviewedAt }
  }
}`;
