module.exports = `mutation RegisterForEvent($eventId: ID!, $answers: [SignUpAnswerInput!]) {
  registerForEvent(input: { eventId: $eventId, answers: $answers }) {
    registration { id status waitlistPosition checkInCode }
  }
}`;
