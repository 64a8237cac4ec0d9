module.exports = `mutation UpdateLecture($input: UpdateLectureInput!) {
  updateLecture(input: $input) { lecture { id topic summary liveUrl replayUrl status cancelReason startsAt durationMinutes classroom { id name mode } } }
}`;
