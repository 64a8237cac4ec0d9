// The client on a weak mobile network: persisted queries, timeouts, retries, the cached first screen.
const crypto = require('crypto');
const { fakeWx } = require('./fakeWx');

let client;

const EVENTS = require('../graphql/events');
const REGISTER = require('../graphql/registerForEvent');
const LIKE = require('../graphql/likeStory');
const BOOK = require('../graphql/bookSeat');
const POPULAR = require('../graphql/popularEvents');
const hash = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
const notFound = { errors: [{ message: 'PersistedQueryNotFound', extensions: { classification: 'PersistedQueryNotFound' } }] };
const empty = { data: { events: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };

beforeEach(() => {
  jest.resetModules();
  global.wx = fakeWx();
  wx.setStorageSync('token', 'T1');
  client = require('../utils/graphql');
  client.settings.baseDelayMs = 4;
  client.settings.maxDelayMs = 40;
});

describe('automatic persisted queries', () => {
  test('the hash goes first, without the document', async () => {
    wx.respond(200, empty);

    await client.request(EVENTS, { first: 20 });

    const first = wx.request.mock.calls[0][0].data;
    expect(first.query).toBeUndefined();
    expect(first.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: hash(EVENTS) } });
    expect(first.variables).toEqual({ first: 20 });
    expect(wx.request).toHaveBeenCalledTimes(1);
  });

  test('PersistedQueryNotFound: the full document goes with the same hash, and its answer is the answer', async () => {
    wx.respond(200, notFound);
    wx.respond(200, { data: { events: { edges: [{ cursor: 'a', node: { id: '1' } }], pageInfo: { hasNextPage: false } } } });

    const data = await client.request(EVENTS, { first: 20 });

    expect(data.events.edges[0].node.id).toBe('1');
    const [first, second] = wx.request.mock.calls.map((call) => call[0].data);
    expect(first.query).toBeUndefined();
    expect(second.query).toBe(EVENTS);
    expect(second.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: hash(EVENTS) } });
    expect(second.variables).toEqual({ first: 20 });
    expect(wx.sent[1].header.Authorization).toBe('Bearer T1');
  });

  test('the not-found answer may come as a message only (an HTTP 404 body too)', async () => {
    wx.respond(404, { errors: [{ message: 'PersistedQueryNotFound' }] });
    wx.respond(200, empty);

    await client.request(EVENTS, {});

    expect(wx.sent.map((item) => item.full)).toEqual([false, true]);
    // a miss does not turn persisted queries off
    wx.respond(200, empty);
    await client.request(EVENTS, {});
    expect(wx.sent[2].full).toBe(false);
  });

  test('the portal\'s own answer: extensions.code PERSISTED_QUERY_NOT_FOUND with graphql-java\'s classification', async () => {
    wx.respond(200, { errors: [{ message: 'PersistedQueryNotFound', extensions: { persistedQueryId: hash(EVENTS),
      generatedBy: 'graphql-java', classification: 'PersistedQueryNotFound', code: 'PERSISTED_QUERY_NOT_FOUND' } }], data: null });
    wx.respond(200, empty);

    await expect(client.request(EVENTS, {})).resolves.toEqual(empty.data);
    expect(wx.sent.map((item) => item.full)).toEqual([false, true]);
    expect(client.session.persistedQueries).toBe(true);
  });

  test('only the code is enough', async () => {
    wx.respond(200, { errors: [{ message: 'unknown document', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    wx.respond(200, empty);

    await client.request(EVENTS, {});
    expect(wx.sent.map((item) => item.full)).toEqual([false, true]);
  });

  test('a mutation goes by hash too, and is sent again in full only after the miss (it did not run)', async () => {
    wx.respond(200, notFound);
    wx.respond(200, { data: { registerForEvent: { registration: { id: '9', status: 'CONFIRMED' } } } });

    await client.request(REGISTER, { eventId: '7', answers: [] });

    expect(wx.sent.map((item) => item.full)).toEqual([false, true]);
  });

  test.each([
    ['HTTP 400 (no query in the request)', 400, { timestamp: 'x', status: 400, error: 'Bad Request', path: '/graphql' }],
    ['a message that the query is missing', 200, { errors: [{ message: 'No "query" in the request document', extensions: { classification: 'ValidationError' } }] }],
    ['PersistedQueryNotSupported', 200, { errors: [{ message: 'PersistedQueryNotSupported' }] }]
  ])('a portal without persisted queries (%s): the full document, and no more hashes this session', async (name, status, body) => {
    wx.respond(status, body);
    wx.respond(200, empty);
    wx.respond(200, empty);

    await client.request(EVENTS, { first: 5 });
    await client.request(EVENTS, { first: 6 });

    const bodies = wx.request.mock.calls.map((call) => call[0].data);
    expect(bodies[0].query).toBeUndefined();
    expect(bodies[1].query).toBe(EVENTS);
    expect(bodies[1].variables).toEqual({ first: 5 });
    expect(bodies[2].query).toBe(EVENTS);
    expect(bodies[2].extensions).toBeUndefined();
    expect(client.session.persistedQueries).toBe(false);
  });

  test('an ordinary error of a hash-only request is the answer, not a reason to resend', async () => {
    wx.respond(200, { errors: [{ message: 'full', extensions: { code: 'EVENT_FULL' } }] });

    await expect(client.request(REGISTER, { eventId: '7' })).rejects.toMatchObject({ code: 'EVENT_FULL' });
    expect(wx.request).toHaveBeenCalledTimes(1);
  });
});

describe('timeouts and retries', () => {
  test('every request carries a timeout', async () => {
    wx.respond(200, empty);
    await client.request(EVENTS, {});
    expect(wx.request.mock.calls[0][0].timeout).toBe(10000);
  });

  test('a query is sent again after a timeout and a network error, then answers', async () => {
    wx.failNext('request:fail timeout');
    wx.failNext('request:fail');
    wx.respond(200, empty);

    await expect(client.request(EVENTS, {})).resolves.toEqual(empty.data);
    expect(wx.request).toHaveBeenCalledTimes(3);
  });

  test('a query gives up after three attempts and says the network timed out', async () => {
    wx.failNext('request:fail');
    wx.failNext('request:fail');
    wx.failNext('request:fail timeout');
    wx.respond(200, empty);

    await expect(client.request(EVENTS, {})).rejects.toEqual({ code: 'TIMEOUT', message: '网络超时，请稍后再试' });
    expect(wx.request).toHaveBeenCalledTimes(3);
  });

  test('a gateway error (503) is transient for a query', async () => {
    wx.respond(503, '');
    wx.respond(200, empty);

    await client.request(EVENTS, {});
    expect(wx.request).toHaveBeenCalledTimes(2);
  });

  test.each([
    ['registerForEvent', REGISTER, { eventId: '7' }],
    ['bookSeat', BOOK, { roomId: '3', date: '2026-11-26', from: '09:00', to: '10:00' }],
    ['an anonymous mutation', 'mutation { x }', {}]
  ])('%s is never sent twice', async (name, document, variables) => {
    wx.failNext('request:fail timeout');
    wx.respond(200, { data: {} });

    await expect(client.request(document, variables)).rejects.toEqual({ code: 'TIMEOUT', message: '网络超时，请稍后再试' });
    expect(wx.request).toHaveBeenCalledTimes(1);
  });

  test('nor after a 503', async () => {
    wx.respond(503, '');
    await expect(client.request(REGISTER, { eventId: '7' })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(wx.request).toHaveBeenCalledTimes(1);
  });

  test('an idempotent mutation (likeStory) is sent again', async () => {
    wx.failNext('request:fail');
    wx.respond(200, { data: { likeStory: { story: { id: '5', likeCount: 3, likedByMe: true } } } });

    await client.request(LIKE, { storyId: '5' });
    expect(wx.request).toHaveBeenCalledTimes(2);
  });

  test('the list of retry-safe operations', () => {
    expect(client.retrySafe(EVENTS)).toBe(true);
    expect(client.retrySafe('{ me { id } }')).toBe(true);
    expect(client.retrySafe(LIKE)).toBe(true);
    ['registerForEvent', 'cancelRegistration', 'bookSeat', 'cancelBooking', 'checkInBooking', 'checkInAttendee',
      'applyForMembership', 'commentOnStory', 'createEvent', 'publishEvent', 'login', 'bindPhone'].forEach((name) => {
      const file = require('path').join(__dirname, '..', 'graphql', name + '.js');
      expect([name, client.retrySafe(require(file))]).toEqual([name, false]);
    });
    expect(client.IDEMPOTENT_MUTATIONS).toEqual(expect.arrayContaining(['RemindMe', 'CancelReminder', 'LikeStory',
      'UnlikeStory', 'FavouriteStory', 'UnfavouriteStory', 'JoinInterestGroup', 'LeaveInterestGroup']));
  });

  test('backoff doubles, is capped, and is jittered between half and all of it', () => {
    client.settings.baseDelayMs = 500;
    client.settings.maxDelayMs = 3000;
    client.settings.random = () => 0;
    expect([1, 2, 3, 4, 5].map(client.backoff)).toEqual([250, 500, 1000, 1500, 1500]);
    client.settings.random = () => 0.999999;
    expect([1, 2, 3, 4, 5].map(client.backoff)).toEqual([500, 1000, 2000, 3000, 3000]);
  });

  test('the waits between attempts follow the backoff', async () => {
    client.settings.baseDelayMs = 30;
    client.settings.maxDelayMs = 1000;
    client.settings.random = () => 0;
    const at = [];
    wx.request.mockImplementation((options) => {
      at.push(Date.now());
      setTimeout(() => (at.length < 3 ? options.fail({ errMsg: 'request:fail' }) : options.success({ statusCode: 200, data: empty })), 0);
    });

    await client.request(EVENTS, {});

    expect(at.length).toBe(3);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(13);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(28);
  });

  test('two requests that find the token expired together wait for one login', async () => {
    const expired = { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    wx.request.mockImplementation((options) => {
      const data = options.data;
      const isLogin = data.variables && data.variables.code;
      const token = options.header.Authorization;
      wx.sent.push({ login: Boolean(isLogin), token });
      setTimeout(() => options.success(isLogin ? { statusCode: 200, data: { data: { login: { token: 'NEW', expiresAt: 'x', user: { id: '1' } } } } }
        : token === 'Bearer NEW' ? { statusCode: 200, data: empty } : { statusCode: 401, data: expired }), 1);
    });

    await Promise.all([client.request(EVENTS, { first: 1 }), client.request(EVENTS, { first: 2 })]);

    expect(wx.login).toHaveBeenCalledTimes(1);
    expect(wx.sent.filter((item) => item.login).length).toBe(1);
    expect(wx.sent.filter((item) => item.token === 'Bearer NEW').length).toBe(2);
  });

  test('an expired token still logs in again once', async () => {
    wx.respond(401, { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    wx.respond(200, { data: { login: { token: 'NEW', expiresAt: 'x', user: { id: '1' } } } });
    wx.respond(200, empty);

    await client.request(EVENTS, {});
    expect(wx.login).toHaveBeenCalledTimes(1);
    expect(wx.sent[2].header.Authorization).toBe('Bearer NEW');
  });
});

describe('the first screen from the last good answer', () => {
  const popular = (title) => ({ data: { popularEvents: { edges: [{ node: { id: '1', title } }] } } });

  test('nothing cached the first time; the answer is kept for next time', async () => {
    wx.respond(200, popular('读书会'));
    const { cached, fresh } = client.cachedRequest('home:330100', POPULAR, { city: '330100' }, { anonymous: true });

    expect(cached).toBeNull();
    await expect(fresh).resolves.toEqual(popular('读书会').data);
    expect(wx.getStorageSync('cache:home:330100').data).toEqual(popular('读书会').data);
  });

  test('the cached answer at once, then the fresh one, which replaces it', async () => {
    wx.setStorageSync('cache:home:330100', { savedAt: 1, data: popular('旧的').data });
    wx.respond(200, popular('新的'));

    const { cached, savedAt, fresh } = client.cachedRequest('home:330100', POPULAR, { city: '330100' }, { anonymous: true });
    expect(cached.popularEvents.edges[0].node.title).toBe('旧的');
    expect(savedAt).toBe(1);
    expect((await fresh).popularEvents.edges[0].node.title).toBe('新的');
    expect(wx.getStorageSync('cache:home:330100').data.popularEvents.edges[0].node.title).toBe('新的');
  });

  test('a failed refresh keeps the last good answer', async () => {
    wx.setStorageSync('cache:home:330100', { savedAt: 1, data: popular('旧的').data });
    wx.failNext('request:fail');
    wx.failNext('request:fail');
    wx.failNext('request:fail');

    const { cached, fresh } = client.cachedRequest('home:330100', POPULAR, { city: '330100' }, { anonymous: true });
    await expect(fresh).rejects.toMatchObject({ code: 'NETWORK' });
    expect(cached.popularEvents.edges[0].node.title).toBe('旧的');
    expect(wx.getStorageSync('cache:home:330100').data.popularEvents.edges[0].node.title).toBe('旧的');
  });
});
