module.exports = `query MyMembershipApplication {
  me {
    id
    phone
    orgUnit { id name }
    membership { orgUnit { id name } memberNo since }
    membershipApplication { id status orgUnit { id name } realName employer reason createdAt reviewedAt }
  }
}`;
