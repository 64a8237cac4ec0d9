module.exports = `mutation CreateSeason($input: CreateSeasonInput!) {
  createSeason(input: $input) { season { id name startsOn endsOn quarterNames } }
}`;
