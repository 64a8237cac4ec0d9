module.exports = `mutation CommentOnStory($storyId: ID!, $text: String!) {
  commentOnStory(input: { storyId: $storyId, text: $text }) { comment { id text createdAt } }
}`;
