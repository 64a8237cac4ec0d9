module.exports = `query Event($id: ID!) {
  event(id: $id) {
    id title summary body startsAt endsAt registrationOpensAt registrationClosesAt capacity remainingSeats waitlistEnabled
    waitlistCount status cancelReason kind category audience
    venue { name address lat lng }
    organizer { name }
    questions { id label kind required options }
    myRegistration { id status waitlistPosition checkInCode checkInQrCode }
    eligibility { allowed code reason }
  }
}`;
