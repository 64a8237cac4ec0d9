module.exports = `mutation RemindMe($lectureId: ID!) {
  remindMe(input: { lectureId: $lectureId }) { lecture { id remindMe } }
}`;
