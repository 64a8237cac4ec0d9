module.exports = `mutation ScheduleLecture($input: ScheduleLectureInput!) {
  scheduleLecture(input: $input) { lecture { id topic startsAt status } }
}`;
