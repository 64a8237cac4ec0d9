/**
 * @jest-environment jsdom
 */
// A worker applies to join a township union on the membership page, an organizer of the city above
// approves it on the organizer's applications page, and the worker's member card page shows the card
// with its QR — against a real portal (test/e2e/portal.js).
const { installWx, client } = require('./portal');
const { open, townshipOfTheCity } = require('./pages');

test('apply on the membership page, approved on the organizer page, the card on the card page', async () => {
  // the organizer's city union, and a township union below it
  const township = await townshipOfTheCity();
  expect(township).toBeTruthy();

  // a new worker binds a phone and applies on the page
  const stamp = String(Date.now()).slice(-8);
  installWx('demo-e2e-member-' + stamp, { showToast: () => {} });
  const worker = client();
  await worker.login();
  await worker.request(require('../../graphql/bindPhone'), { code: 'demo-phone-139' + stamp });
  const apply = await open('pages/member/apply', { unit: township.id });
  apply.instance.setData({ form: { realName: '测试会员', employer: '端到端测试有限公司' } });
  await apply.instance.submit();
  expect(apply.instance.data.error).toBe('');
  const application = apply.instance.data.application;
  expect(application).toMatchObject({ status: 'PENDING', orgUnit: { id: township.id } });

  // the organizer approves it on the applications page
  installWx('demo-organizer-hangzhou', { showToast: () => {} });
  client();
  const review = await open('pages/organizer/members/members', {});
  expect(review.instance.data.error).toBe('');
  await review.instance.review(application.id, true);
  expect(review.instance.data.error).toBe('');

  // the worker's card
  installWx('demo-e2e-member-' + stamp);
  client();
  const card = await open('pages/member/card', {});
  card.instance.onUnload();
  expect(card.instance.data.membership).toMatchObject({ orgUnit: { id: township.id } });
  expect(card.instance.data.card.memberNo).toMatch(/^ZJ\d+$/);
  expect(card.instance.data.card.qrCode).toMatch(/^data:image\/png;base64,/);
}, 60000);
