module.exports = `mutation CancelReminder($lectureId: ID!) {
  cancelReminder(input: { lectureId: $lectureId }) { lecture { id remindMe } }
}`;
