module.exports = `query MembershipApplications($orgUnitId: ID!, $status: MembershipApplicationStatus, $first: Int, $after: String) {
  membershipApplications(orgUnitId: $orgUnitId, status: $status, first: $first, after: $after) {
    edges { node { id status realName employer phone reason createdAt reviewedAt orgUnit { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
