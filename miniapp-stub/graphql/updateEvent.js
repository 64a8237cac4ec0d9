module.exports = `mutation UpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) { event { id status version } }
}`;
