module.exports = `query CraftsmanForEdit($id: ID!) {
  craftsman(id: $id) { id name enterprise trade biography portraitUrl studioName honours { honour year } }
}`;
