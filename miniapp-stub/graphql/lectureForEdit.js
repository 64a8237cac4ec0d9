module.exports = `query LectureForEdit($id: ID!) {
  lecture(id: $id) { id topic summary liveUrl replayUrl status cancelReason startsAt durationMinutes classroom { id name mode } }
}`;
