// A worker's own account: leaving the union from the member card page and deleting the account from
// me, each only after a confirmation, sent once, then the stored answers (and for a deleted account
// the token) dropped and the mini-program started again at home.
const { load, flush, freshWx, showingUndefined } = require('./helpers');
const { MESSAGES } = require('../utils/errors');
const { showsMessageForEachCode, shownIn } = require('./codes');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

const union = { id: '7', name: '西溪街道总工会' };
const member = { data: { me: { id: '8', membership: { orgUnit: union, memberNo: 'ZJ0000000042', since: '2026-11-20' },
  memberCard: { memberNo: 'ZJ0000000042', name: '王建国', orgUnit: union, since: '2026-11-20', code: 'A1',
    qrCode: 'data:image/png;base64,A1', expiresAt: '2026-11-25T10:01:00+08:00' } } } };
const me = { data: { me: { id: '8', nickname: '王建国', phone: '13800138000', roles: ['WORKER'], orgUnit: union, organizerOf: [],
  bookingBannedUntil: null } } };

async function openCard() {
  wx.respond(200, member);
  const card = load('member/card');
  await card.instance.onLoad();
  await flush();
  return card;
}

async function openMe() {
  wx.respond(200, me);
  wx.respond(200, { data: { myRegistrations: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
  wx.respond(200, { data: { myBookings: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
  const page = load('me/me');
  await page.instance.onShow();
  await flush();
  return page;
}

describe('leaving the union', () => {
  test('after the confirmation: leaveUnion once, the stored answers gone, the token kept, home again', async () => {
    const card = await openCard();
    wx.setStorageSync('cache:me', { savedAt: 1, data: me.data });
    wx.setStorageSync('cache:popular:330100', { savedAt: 1, data: {} });
    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.respond(200, { data: { leaveUnion: { membership: { orgUnit: union, memberNo: 'ZJ0000000042', since: '2026-11-20', until: '2026-11-25' } } } });

    card.querySelector('.leave').dispatchEvent('tap');
    await flush();

    expect(wx.showModal.mock.calls[0][0]).toMatchObject({ title: '退出工会' });
    expect(wx.showModal.mock.calls[0][0].content).toContain('西溪街道总工会');
    expect(wx.sent.length).toBe(2);
    expect(wx.sent[1].query).toContain('mutation LeaveUnion');
    expect(wx.getStorageSync('cache:me')).toBeUndefined();
    expect(wx.getStorageSync('cache:popular:330100')).toBeUndefined();
    expect(wx.getStorageSync('token')).toBe('T1');
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
    card.instance.onUnload();
  });

  test('nothing is sent when the worker thinks better of it', async () => {
    const card = await openCard();
    wx.showModal.mockImplementation((options) => options.success({ confirm: false, cancel: true }));

    await card.instance.leave();

    expect(wx.sent.length).toBe(1);
    expect(wx.reLaunch).not.toHaveBeenCalled();
    card.instance.onUnload();
  });

  test('a lost answer is reported, never sent again, and the button is disabled while it goes', async () => {
    const card = await openCard();
    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.failNext('request:fail timeout');

    const leaving = card.instance.leave();
    await Promise.resolve();
    expect(card.instance.data.busy).toBe(true);
    await leaving;
    await flush();

    expect(wx.sent.length).toBe(2);
    expect(card.instance.data.busy).toBe(false);
    expect(card.querySelector('.error').dom.textContent).toContain(MESSAGES.TIMEOUT);
    expect(wx.reLaunch).not.toHaveBeenCalled();
    card.instance.onUnload();
  });

  showsMessageForEachCode('member/card', 'mutation LeaveUnion', ['BAD_USER_INPUT', 'FORBIDDEN', 'RATE_LIMITED', 'INTERNAL'], {
    open: async () => {
      const card = await openCard();
      wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
      return card;
    },
    act: (card) => card.instance.leave(),
    messages: { BAD_USER_INPUT: '你目前不是工会会员' },
    then: (card) => {
      expect(wx.reLaunch).not.toHaveBeenCalled();
      card.instance.onUnload();
    }
  });

  showsMessageForEachCode('member/card', 'query MemberCard', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('member/card'),
    act: (card) => card.instance.onLoad(),
    then: (card) => {
      expect(card.querySelector('.member-card')).toBeUndefined();
      card.instance.onUnload();
    }
  });

  test('a worker who is no member is not offered to leave', async () => {
    wx.respond(200, { data: { me: { id: '8', membership: null, memberCard: null } } });
    const card = load('member/card');
    await card.instance.onLoad();
    await flush();

    expect(card.querySelector('.leave')).toBeUndefined();
    card.instance.onUnload();
  });
});

describe('deleting the account', () => {
  test('after the confirmation: deleteMyAccount once, the token and stored answers gone, home again', async () => {
    const page = await openMe();
    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.respond(200, { data: { deleteMyAccount: { deleted: true } } });

    page.querySelector('.delete-account').dispatchEvent('tap');
    await flush();

    expect(wx.showModal.mock.calls[0][0]).toMatchObject({ title: '注销账号' });
    expect(wx.sent.length).toBe(4);
    expect(wx.sent[3].query).toContain('mutation DeleteMyAccount');
    expect(wx.getStorageSync('token')).toBeUndefined();
    expect(wx.getStorageSync('cache:me')).toBeUndefined();
    expect(wx.getStorageSync('cache:me:registrations')).toBeUndefined();
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  test('cancelled: nothing is sent and nothing is forgotten', async () => {
    const page = await openMe();
    wx.showModal.mockImplementation((options) => options.success({ confirm: false, cancel: true }));

    await page.instance.deleteAccount();

    expect(wx.sent.length).toBe(3);
    expect(wx.getStorageSync('token')).toBe('T1');
    expect(wx.getStorageSync('cache:me')).toBeTruthy();
  });

  test('a lost answer is reported and not sent again; a second tap meanwhile sends nothing', async () => {
    const page = await openMe();
    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.failNext('request:fail');

    const first = page.instance.deleteAccount();
    const second = page.instance.deleteAccount();
    await Promise.all([first, second]);
    await flush();

    expect(wx.sent.length).toBe(4);
    expect(page.querySelector('.error').dom.textContent).toContain(MESSAGES.NETWORK);
    expect(wx.getStorageSync('token')).toBe('T1');
    expect(wx.reLaunch).not.toHaveBeenCalled();
  });

  test.each(['FORBIDDEN', 'RATE_LIMITED', 'INTERNAL'])('%s shows its message', async (code) => {
    const page = await openMe();
    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.respond(200, { errors: [{ message: 'no', extensions: { code } }] });

    await page.instance.deleteAccount();
    await flush();

    expect(page.querySelector('.error').dom.textContent).toContain(MESSAGES[code]);
    expect(wx.getStorageSync('token')).toBe('T1');
  });
});

describe('binding the phone and opening me', () => {
  async function openMeWithoutPhone() {
    wx.respond(200, { data: { me: Object.assign({}, me.data.me, { phone: null }) } });
    wx.respond(200, { data: { myRegistrations: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    wx.respond(200, { data: { myBookings: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    const page = load('me/me');
    await page.instance.onShow();
    await flush();
    return page;
  }

  test('the phone button sends bindPhone with the code WeChat gave, then me is asked again', async () => {
    const page = await openMeWithoutPhone();
    wx.respond(200, { data: { bindPhone: { user: { id: '8', phone: '138****8000' } } } });
    wx.respond(200, { data: { me: Object.assign({}, me.data.me, { phone: '138****8000' }) } });
    wx.respond(200, { data: { myRegistrations: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    wx.respond(200, { data: { myBookings: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });

    await page.instance.bindPhone({ detail: { code: 'P1' } });
    await flush();

    expect(wx.sent[3].query).toMatch(/^mutation BindPhone\b/);
    expect(wx.sent[3].variables).toEqual({ code: 'P1' });
    expect(wx.sent[4].query).toMatch(/^query Me\b/);
    expect(page.dom.textContent).toContain('138****8000');
  });

  test('a declined phone prompt (no code) sends nothing', async () => {
    const page = await openMeWithoutPhone();
    await page.instance.bindPhone({ detail: { errMsg: 'getPhoneNumber:fail user deny' } });
    expect(wx.sent.length).toBe(3);
  });

  showsMessageForEachCode('me/me', 'mutation BindPhone', ['WECHAT_CODE_INVALID', 'WECHAT_UNAVAILABLE', 'BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: openMeWithoutPhone,
    act: (page) => page.instance.bindPhone({ detail: { code: 'P1' } }),
    variables: { code: 'P1' },
    where: shownIn.toast
  });

  showsMessageForEachCode('me/me', 'query Me', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('me/me'),
    act: (page) => page.instance.onShow(),
    where: shownIn.toast
  });
});
