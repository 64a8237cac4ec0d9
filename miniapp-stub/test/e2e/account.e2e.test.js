/**
 * @jest-environment jsdom
 */
// Leaving and going, against a real portal (test/e2e/portal.js): a member leaves the union on the
// member card page, and a worker deletes the account on the me page — each asked first, then the
// portal no longer knows the membership, or the account: the old token is refused and logging in
// again with the same WeChat account starts a new, empty one.
const { installWx, client, send } = require('./portal');
const { open, townshipOfTheCity } = require('./pages');

const BIND_PHONE = require('../../graphql/bindPhone');
const ME = require('../../graphql/me');

/** A wx for `code` that confirms every question (kept in `asked`) and records where it starts again. */
function confirmingWx(code) {
  const asked = [];
  const relaunched = [];
  const wx = installWx(code, {
    showModal: (options) => {
      asked.push(options);
      options.success({ confirm: true });
    },
    showToast: () => {},
    reLaunch: (options) => relaunched.push(options.url)
  });
  return { wx, asked, relaunched };
}

test('a member leaves the union on the card page, and the card page then offers to apply', async () => {
  const township = await townshipOfTheCity();
  expect(township).toBeTruthy();

  const stamp = String(Date.now()).slice(-8);
  const code = 'demo-e2e-leaver-' + stamp;
  installWx(code);
  const worker = client();
  await worker.login();
  await worker.request(BIND_PHONE, { code: 'demo-phone-138' + stamp });
  const applied = await worker.request(require('../../graphql/applyForMembership'),
    { input: { orgUnitId: township.id, realName: '测试退会', employer: '端到端测试有限公司' } });

  installWx('demo-organizer-hangzhou');
  const approving = client();
  await approving.login();
  await approving.request(require('../../graphql/reviewMembershipApplication'),
    { id: applied.applyForMembership.application.id, approve: true, reason: null });

  const { asked, relaunched } = confirmingWx(code);
  client();
  const card = await open('pages/member/card', {});
  expect(card.instance.data.membership).toMatchObject({ orgUnit: { id: township.id } });
  const memberNo = card.instance.data.card.memberNo;
  await card.instance.leave();
  card.instance.onUnload();
  expect(card.instance.data.error).toBe('');
  expect(asked.length).toBe(1);
  expect(asked[0].content).toContain(township.name);
  expect(relaunched).toEqual(['/pages/index/index']);

  const after = await open('pages/member/card', {});
  after.instance.onUnload();
  expect(after.instance.data.error).toBe('');
  expect(after.instance.data.membership).toBeNull();
  expect(after.instance.data.card).toBeNull();
  expect(after.dom.textContent).not.toContain(memberNo);
  expect(after.querySelector('.none').dom.textContent).toContain('你还不是工会会员');
}, 60000);

test('a worker deletes the account on the me page: the old token is refused, a new login starts afresh', async () => {
  const stamp = String(Date.now()).slice(-8);
  const code = 'demo-e2e-leaving-' + stamp;
  const { wx, asked, relaunched } = confirmingWx(code);
  const worker = client();
  await worker.login();
  await worker.request(BIND_PHONE, { code: 'demo-phone-137' + stamp });
  const token = wx.getStorageSync(worker.TOKEN_KEY);

  const me = await open('pages/me/me', undefined, 'onShow');
  const before = me.instance.data.me;
  expect(before.phone).toBeTruthy();
  await me.instance.deleteAccount();
  expect(me.instance.data.error).toBe('');
  expect(asked.length).toBe(1);
  expect(relaunched).toEqual(['/pages/index/index']);
  expect(wx.getStorageSync(worker.TOKEN_KEY)).toBeUndefined();

  const refused = await send(process.env.PORTAL_URL + '/graphql', { method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify({ query: '{ me { id } }' }) });
  expect(refused.status).toBe(401);
  expect(refused.text).toContain('UNAUTHENTICATED');

  installWx(code);
  const again = client();
  await again.login();
  const fresh = (await again.request(ME)).me;
  expect(fresh.id).not.toBe(before.id);
  expect(fresh.phone).toBeNull();
}, 60000);
