module.exports = `mutation CancelRegistration($eventId: ID!) {
  cancelRegistration(input: { eventId: $eventId }) { registration { id status } }
}`;
