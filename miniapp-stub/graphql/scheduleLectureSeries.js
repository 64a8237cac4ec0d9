module.exports = `mutation ScheduleLectureSeries($input: ScheduleLectureSeriesInput!) {
  scheduleLectureSeries(input: $input) { lectures { id topic startsAt status } }
}`;
