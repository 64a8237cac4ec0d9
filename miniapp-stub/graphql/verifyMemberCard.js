module.exports = `mutation VerifyMemberCard($code: String!) {
  verifyMemberCard(input: { code: $code }) { valid status memberNo maskedName orgUnit { id name } }
}`;
