module.exports = `mutation FavouriteStory($storyId: ID!) {
  favouriteStory(input: { storyId: $storyId }) { story { id favouriteCount favouritedByMe } }
}`;
