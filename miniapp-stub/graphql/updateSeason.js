module.exports = `mutation UpdateSeason($input: UpdateSeasonInput!) {
  updateSeason(input: $input) { season { id name startsOn endsOn quarterNames } }
}`;
