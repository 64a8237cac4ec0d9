module.exports = `query Me {
  me { id nickname phone roles orgUnit { name } bookingBannedUntil }
}`;
