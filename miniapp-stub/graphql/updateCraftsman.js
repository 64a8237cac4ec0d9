module.exports = `mutation UpdateCraftsman($input: UpdateCraftsmanInput!) {
  updateCraftsman(input: $input) { craftsman { id name enterprise trade biography portraitUrl studioName honours { honour year } } }
}`;
