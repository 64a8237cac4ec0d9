module.exports = `mutation LikeStory($storyId: ID!) {
  likeStory(input: { storyId: $storyId }) { story { id likeCount likedByMe } }
}`;
