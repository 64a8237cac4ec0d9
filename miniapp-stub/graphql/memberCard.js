module.exports = `query MemberCard {
  me {
    id
    membership { orgUnit { id name } memberNo since }
    memberCard { memberNo name orgUnit { id name } since code qrCode expiresAt }
  }
}`;
