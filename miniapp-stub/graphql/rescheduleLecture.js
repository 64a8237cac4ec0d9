module.exports = `mutation RescheduleLecture($input: RescheduleLectureInput!) {
  rescheduleLecture(input: $input) { lecture { id startsAt endsAt status } }
}`;
