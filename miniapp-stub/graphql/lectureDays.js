module.exports = `query LectureDays($from: Date!, $to: Date!) {
  lectureDays(from: $from, to: $to) { date count }
}`;
