module.exports = `query EventForEdit($id: ID!) {
  event(id: $id) {
    id title summary body coverUrl kind category audience tags status version
    season { id name }
    organizer { id name }
    venue { name address cityCode districtCode lat lng }
    startsAt endsAt registrationOpensAt registrationClosesAt capacity waitlistEnabled
    questions { id label kind required options }
  }
}`;
