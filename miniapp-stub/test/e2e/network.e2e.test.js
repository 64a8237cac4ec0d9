// The client's persisted queries against the real portal: the hash goes first; the document goes
// at most once (when the portal has not seen the hash yet, it answers PERSISTED_QUERY_NOT_FOUND),
// and after that the hash alone is enough. (The fallback to full documents for a portal without
// persisted queries is covered by test/network.test.js.)
const { installWx, client } = require('./portal');

test('popular events and a worker\'s query by hash, with the document at most once each', async () => {
  const wx = installWx('demo-e2e-network-' + Date.now());
  const bodies = [];
  const send = wx.request;
  wx.request = (options) => {
    bodies.push(options.data);
    send(options);
  };
  const { request, login, session } = client();
  const POPULAR = require('../../graphql/popularEvents');
  const MY_REGISTRATIONS = require('../../graphql/myRegistrations');

  const first = await request(POPULAR, { city: '330100', first: 5 }, { anonymous: true });
  const second = await request(POPULAR, { city: '330100', first: 5 }, { anonymous: true });
  expect(session.persistedQueries).toBe(true);
  expect(second).toEqual(first);
  expect(first.popularEvents.edges.length).toBeGreaterThan(0);
  expect(bodies[0].query).toBeUndefined();
  expect(bodies[0].extensions.persistedQuery.version).toBe(1);
  expect(bodies.filter((body) => body.query).length).toBeLessThanOrEqual(1);
  expect(bodies[bodies.length - 1].query).toBeUndefined();

  await login();
  bodies.length = 0;
  const mine = await request(MY_REGISTRATIONS, { first: 5 });
  const again = await request(MY_REGISTRATIONS, { first: 5 });
  expect(again).toEqual(mine);
  expect(bodies.filter((body) => body.query).length).toBeLessThanOrEqual(1);
  expect(bodies[bodies.length - 1].query).toBeUndefined();
  expect(session.persistedQueries).toBe(true);
}, 30000);
