module.exports = `mutation PublishEvent($id: ID!) {
  publishEvent(input: { id: $id }) { event { id status } }
}`;
