module.exports = `mutation BindPhone($code: String!) {
  bindPhone(input: { code: $code }) { user { phone } }
}`;
