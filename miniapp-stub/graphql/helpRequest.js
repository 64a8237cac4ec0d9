module.exports = `query HelpRequest($id: ID!) {
  helpRequest(id: $id) {
    id category description photoUrls contactPhone callBack status overdue createdAt outcome stars ratingComment
    orgUnit { id name }
    timeline(first: 50) {
      edges { node { id kind note at orgUnit { id name } toOrgUnit { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
