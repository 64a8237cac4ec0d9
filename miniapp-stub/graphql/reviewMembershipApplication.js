module.exports = `mutation ReviewMembershipApplication($id: ID!, $approve: Boolean!, $reason: String) {
  reviewMembershipApplication(input: { id: $id, approve: $approve, reason: $reason }) { application { id status reason reviewedAt } }
}`;
