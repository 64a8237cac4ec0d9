module.exports = `mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) { event { id status } }
}`;
