module.exports = `mutation CreateCraftsman($input: CreateCraftsmanInput!) {
  createCraftsman(input: $input) { craftsman { id name enterprise trade biography portraitUrl studioName honours { honour year } } }
}`;
