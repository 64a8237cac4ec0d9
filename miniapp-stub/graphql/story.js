module.exports = `query Story($id: ID!) {
  story(id: $id) {
    id title summary body coverUrl likeCount favouriteCount commentCount likedByMe favouritedByMe shareQrCode
    craftsmen { id name honours { honour year } }
  }
  storyComments(storyId: $id, first: 20) { edges { node { id text authorNickname createdAt } } pageInfo { hasNextPage endCursor } }
}`;
