module.exports = `mutation CheckInLecture($code: String!) {
  checkInLecture(input: { code: $code }) { lecture { id topic } }
}`;
