module.exports = `query Lecture($id: ID!) {
  lecture(id: $id) {
    id topic summary startsAt endsAt durationMinutes status cancelReason liveUrl replayUrl remindMe checkInCode attendeeCount
    classroom { name mode address }
    lecturers { id name }
  }
}`;
