module.exports = `mutation SubmitHelpRequest($input: SubmitHelpRequestInput!) {
  submitHelpRequest(input: $input) {
    helpRequest { id status orgUnit { id name } }
  }
}`;
