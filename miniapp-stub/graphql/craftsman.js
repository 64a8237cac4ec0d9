module.exports = `query Craftsman($id: ID!) {
  craftsman(id: $id) {
    id name enterprise trade biography portraitUrl studioName
    honours { honour year }
    upcomingLectures(first: 5) { id topic startsAt }
    stories(first: 5) { id title }
  }
}`;
