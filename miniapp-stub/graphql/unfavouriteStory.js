module.exports = `mutation UnfavouriteStory($storyId: ID!) {
  unfavouriteStory(input: { storyId: $storyId }) { story { id favouriteCount favouritedByMe } }
}`;
