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

/** The units the caller organizes (at least one), else a rejection saying the page is for organizers. */
function organizerUnits() {
  return currentUser().then((data) => {
    const units = (data.me && data.me.organizerOf) || [];
    if (!units.length) {
      throw { code: 'FORBIDDEN', message: '仅限工会组织者使用' };
    }
    return units;
  });
}

/**
 * The opening of a page about the caller's units: `orgUnits` set, then the page's load() (the list of
 * the unit picked, `orgUnit`); a refusal shown in `error`; `loaded` once done either way.
 */
function openForUnits(page) {
  return organizerUnits()
    .then((units) => {
      page.setData({ orgUnits: units });
      return page.load();
    })
    .catch((error) => page.setData({ error: error.message }))
    .then(() => page.setData({ loaded: true }));
}

module.exports = { asMe, currentUser, organizerUnits, openForUnits };
