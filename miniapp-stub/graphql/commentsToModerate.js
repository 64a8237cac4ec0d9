module.exports = `query CommentsToModerate($id: ID!, $first: Int, $after: String) {
  story(id: $id) { id title commentCount }
  storyComments(storyId: $id, first: $first, after: $after) {
    edges { node { id text authorNickname createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
