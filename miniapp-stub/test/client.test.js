const { fakeWx } = require('./fakeWx');

let request;

beforeEach(() => {
  jest.resetModules();
  global.wx = fakeWx();
  ({ request } = require('../utils/graphql'));
});

test('sends the token and returns the data', async () => {
  wx.setStorageSync('token', 'T1');
  wx.respond(200, { data: { me: { id: '1' } } });

  await expect(request('{ me { id } }')).resolves.toEqual({ me: { id: '1' } });
  expect(wx.sent[0].header.Authorization).toBe('Bearer T1');
});

test('public queries go without the token', async () => {
  wx.setStorageSync('token', 'T1');
  wx.respond(200, { data: { popularEvents: { edges: [] } } });

  await request('{ popularEvents { edges { node { id } } } }', {}, { anonymous: true });
  expect(wx.sent[0].header.Authorization).toBeUndefined();
});

test('an expired token logs in again once and retries', async () => {
  wx.setStorageSync('token', 'OLD');
  wx.respond(401, { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] });
  wx.respond(200, { data: { login: { token: 'NEW', expiresAt: 'x', user: { id: '1' } } } });
  wx.respond(200, { data: { me: { id: '1' } } });

  await expect(request('{ me { id } }')).resolves.toEqual({ me: { id: '1' } });
  expect(wx.login).toHaveBeenCalledTimes(1);
  expect(wx.sent[1].variables).toEqual({ code: 'demo-worker-1' });
  expect(wx.sent[2].header.Authorization).toBe('Bearer NEW');
});

test('it retries only once', async () => {
  const unauthenticated = { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] };
  wx.respond(200, unauthenticated);
  wx.respond(200, { data: { login: { token: 'NEW', expiresAt: 'x', user: { id: '1' } } } });
  wx.respond(200, unauthenticated);

  await expect(request('mutation { x }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  expect(wx.request).toHaveBeenCalledTimes(3);
});

test('error codes become the message a worker reads', async () => {
  wx.setStorageSync('token', 'T1');
  wx.respond(200, { errors: [{ message: 'full', extensions: { code: 'RATE_LIMITED' } }] });

  await expect(request('mutation { x }')).rejects.toMatchObject({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
});
