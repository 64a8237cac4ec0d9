// The client's persisted queries against the real portal: the hash goes first; a portal that knows
// the hash answers it (the document went at most once), one that takes no hash-only requests gets
// the full document and no more hashes this session. Either way the answer is the portal's answer.
const { installWx, client } = require('./portal');

test('popular events by hash, with the document only when the portal needs it', async () => {
  const wx = installWx('demo-e2e-network-' + Date.now());
  const bodies = [];
  const send = wx.request;
  wx.request = (options) => {
    bodies.push(options.data);
    send(options);
  };
  const { request, session } = client();
  const POPULAR = require('../../graphql/popularEvents');

  const first = await request(POPULAR, { city: '330100', first: 5 }, { anonymous: true });
  const second = await request(POPULAR, { city: '330100', first: 5 }, { anonymous: true });

  expect(first.popularEvents.edges.length).toBeGreaterThan(0);
  expect(second.popularEvents.edges.length).toBeGreaterThan(0);
  expect(bodies[0].query).toBeUndefined();
  expect(bodies[0].extensions.persistedQuery.version).toBe(1);
  if (session.persistedQueries) {
    // the portal speaks Apollo's protocol: the document went at most once, the second request by hash alone
    expect(bodies.filter((body) => body.query).length).toBeLessThanOrEqual(1);
    expect(bodies[bodies.length - 1].query).toBeUndefined();
  }
  else {
    // it does not (yet): hash, document, then documents only
    expect(bodies.length).toBe(3);
    expect(bodies[1].query).toBe(POPULAR);
    expect(bodies[2].query).toBe(POPULAR);
    console.warn('The portal took no hash-only request; the client fell back to full documents.');
  }
}, 30000);
