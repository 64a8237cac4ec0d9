module.exports = `mutation Login($code: String!) {
  login(input: { code: $code }) { token expiresAt user { id nickname roles } }
}`;
