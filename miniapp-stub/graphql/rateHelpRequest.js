module.exports = `mutation RateHelpRequest($input: RateHelpRequestInput!) {
  rateHelpRequest(input: $input) {
    helpRequest { id stars ratingComment }
  }
}`;
