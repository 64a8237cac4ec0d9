module.exports = `query Me {
  me { id nickname phone roles orgUnit { id name } organizerOf { id name } bookingBannedUntil }
}`;
