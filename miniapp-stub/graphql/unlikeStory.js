module.exports = `mutation UnlikeStory($storyId: ID!) {
  unlikeStory(input: { storyId: $storyId }) { story { id likeCount likedByMe } }
}`;
