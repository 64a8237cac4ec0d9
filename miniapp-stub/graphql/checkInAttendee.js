module.exports = `mutation CheckInAttendee($code: String!) {
  checkInAttendee(input: { code: $code }) {
    registration { id status checkedInAt event { id title } attendee { nickname orgUnitName } }
  }
}`;
