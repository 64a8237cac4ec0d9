module.exports = `mutation HideComment($id: ID!) {
  hideComment(input: { id: $id }) { comment { id hidden } }
}`;
