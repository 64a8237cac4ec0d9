// Opening the mini-program's pages against the portal (in jsdom), and the demo data the tests look up.
const path = require('path');
const simulate = require('miniprogram-simulate');
const { installWx, client } = require('./portal');

const ORG_UNITS = `query OrgUnits($parentId: ID) {
  orgUnits(parentId: $parentId, first: 50) { edges { node { id name level childCount closed } } }
}`;

const loaded = {};

/** The page rendered and shown: its onLoad (or onShow, for pages that load there) has finished. */
function open(page, options, hook) {
  loaded[page] = loaded[page] || simulate.load(path.join(__dirname, '..', '..', page), { compiler: 'simulate' });
  const component = simulate.render(loaded[page]);
  component.attach(document.createElement('parent-wrapper'));
  return component.instance[hook || 'onLoad'](options).then(() => component);
}

/**
 * A township union below a county of demo-organizer-hangzhou's city union, looked up as that
 * organizer (wx is theirs afterwards).
 */
async function townshipOfTheCity() {
  installWx('demo-organizer-hangzhou');
  const organizer = client();
  await organizer.login();
  const city = (await organizer.request(require('../../graphql/me'))).me.organizerOf[0];
  const counties = (await organizer.request(ORG_UNITS, { parentId: city.id })).orgUnits.edges.map((edge) => edge.node);
  for (const county of counties.filter((unit) => unit.childCount > 0 && !unit.closed)) {
    const below = (await organizer.request(ORG_UNITS, { parentId: county.id })).orgUnits.edges.map((edge) => edge.node);
    const township = below.find((unit) => unit.level === 'TOWNSHIP' && !unit.closed);
    if (township) {
      return township;
    }
  }
  return null;
}

module.exports = { open, townshipOfTheCity };
