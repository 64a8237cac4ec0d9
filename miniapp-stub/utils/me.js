// Queries about the caller (me): me is null when no token has been sent yet (the page opened before
// the login at launch finished, or from a message in a fresh session), so these log in once and ask
// again.
const { request, login } = require('./graphql');
const ME = require('../graphql/me');

function asMe(query, variables) {
  return request(query, variables).then((data) => (data.me ? data : login().then(() => request(query, variables))));
}

function currentUser() {
  return asMe(ME);
}

module.exports = { asMe, currentUser };
