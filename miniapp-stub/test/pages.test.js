const path = require('path');
const simulate = require('miniprogram-simulate');
const { fakeWx } = require('./fakeWx');

const loaded = {};

function load(page) {
  loaded[page] = loaded[page] || simulate.load(path.join(__dirname, '..', 'pages', page), { compiler: 'simulate' });
  const id = loaded[page];
  const component = simulate.render(id);
  component.attach(document.createElement('parent-wrapper'));
  return component;
}

const { flush } = require('./helpers');

beforeEach(() => {
  global.wx = fakeWx();
  global.getApp = () => ({ globalData: { city: '330100' } });
  wx.setStorageSync('token', 'T1');
});

test('the events page renders the list it gets', async () => {
  wx.respond(200, { data: { events: { edges: [
    { node: { id: '1', title: '职工乒乓球联赛', venue: { name: '体育馆' } } },
    { node: { id: '2', title: '主题诵读会', venue: { name: '职工书屋' } } }
  ], pageInfo: { hasNextPage: false, endCursor: 'c' } } } });
  const page = load('events/list/list');

  await page.instance.onLoad();
  await flush();

  const titles = page.querySelectorAll('.event').map((item) => item.dom.textContent);
  expect(titles.join()).toContain('职工乒乓球联赛');
  expect(titles.join()).toContain('主题诵读会');
  expect(wx.sent[0].query).toContain('query Events');
});

test('the register button sends registerForEvent', async () => {
  const event = { id: '7', title: '读书会', summary: '', organizer: { name: '工会' }, venue: { name: '书屋' },
    questions: [], myRegistration: null, eligibility: { allowed: true } };
  wx.respond(200, { data: { event } });
  const page = load('events/detail');
  await page.instance.onLoad({ id: '7' });
  await flush();
  wx.respond(200, { data: { registerForEvent: { registration: { id: '9', status: 'CONFIRMED' } } } });
  wx.respond(200, { data: { event: Object.assign({}, event, { myRegistration: { status: 'CONFIRMED' } }) } });

  page.querySelector('.register').dispatchEvent('tap');
  await flush();
  await flush();

  expect(wx.sent[1].query).toContain('mutation RegisterForEvent');
  expect(wx.sent[1].variables).toEqual({ eventId: '7', answers: [] });
  expect(wx.showToast).toHaveBeenCalledWith({ title: '报名成功' });
});

test('a full event shows the worker that it is full', async () => {
  const event = { id: '7', title: '读书会', summary: '', organizer: { name: '工会' }, venue: { name: '书屋' },
    questions: [], myRegistration: null, eligibility: { allowed: true } };
  wx.respond(200, { data: { event } });
  const page = load('events/detail');
  await page.instance.onLoad({ id: '7' });
  await flush();
  wx.respond(200, { errors: [{ message: 'full', extensions: { code: 'EVENT_FULL' } }] });

  await page.instance.register();

  expect(wx.showToast).toHaveBeenCalledWith({ title: '名额已满', icon: 'none' });
});

test('the home page asks for popular events without the token', async () => {
  wx.respond(200, { data: { popularEvents: { edges: [{ node: { id: '1', title: '文艺演出', remainingSeats: 3, venue: { name: '剧场' } } }] } } });
  const page = load('index/index');

  await page.instance.onLoad();
  await flush();

  expect(wx.sent[0].header.Authorization).toBeUndefined();
  expect(wx.sent[0].variables).toEqual({ city: '330100', first: 10 });
  expect(page.querySelectorAll('.event').length).toBe(1);
});

test('the lecture page shows the week strip and the schedule of a picked day', async () => {
  jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'nextTick', 'queueMicrotask'] });
  jest.setSystemTime(new Date('2026-11-25T02:00:00Z')); // 10:00 on the 25th in Hangzhou
  try {
    wx.respond(200, { data: { lectureDays: [{ date: '2026-11-25', count: 2 }, { date: '2026-11-27', count: 1 }] } });
    wx.respond(200, { data: { lectures: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    const page = load('lectures/list/list');
    await page.instance.onLoad();
    await flush();
    expect(wx.sent[0].variables).toEqual({ from: '2026-11-25', to: '2026-12-01' });
    wx.respond(200, { data: { lectures: { edges: [{ node: { id: '1', topic: '班前十分钟', durationMinutes: 10, remindMe: false,
      classroom: { name: '食堂' }, lecturers: [] } }], pageInfo: { hasNextPage: false, endCursor: null } } } });

    page.querySelectorAll('.day')[0].dispatchEvent('tap');
    await flush();

    const days = page.querySelectorAll('.day').map((day) => day.dom.textContent);
    expect(days.length).toBe(7);
    expect(days[0]).toBe('今天（2）');
    expect(days[1]).toBe('周四 11-26（0）');
    expect(days[2]).toBe('周五 11-27（1）');
    expect(wx.sent[2].variables.filter).toEqual({ from: '2026-11-25T00:00:00+08:00', to: '2026-11-25T23:59:59+08:00' });
    expect(page.instance.data.lectures[0].topic).toBe('班前十分钟');
  }
  finally {
    jest.useRealTimers();
  }
});

test('a comment the content check refuses shows why', async () => {
  wx.respond(200, { data: { story: { id: '5', title: '一根主轴', summary: '', body: '', likeCount: 0 }, storyComments: { edges: [] } } });
  const page = load('stories/detail');
  await page.instance.onLoad({ id: '5' });
  await flush();
  page.instance.setData({ draft: '代开发票' });
  wx.respond(200, { errors: [{ message: 'risky', extensions: { code: 'CONTENT_RISKY' } }] });

  await page.instance.comment();

  expect(wx.sent[1].query).toContain('mutation CommentOnStory');
  expect(wx.showToast).toHaveBeenCalledWith({ title: '内容未通过安全检测，请修改', icon: 'none' });
});

test('a room shows today\'s slots, another picked day\'s, and books a slot of that day', async () => {
  jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'nextTick', 'queueMicrotask'] });
  jest.setSystemTime(new Date('2026-11-25T17:30:00Z')); // 01:30 on the 26th in Hangzhou
  const room = (from, to) => ({ data: { readingRoom: { id: '3', name: '西溪街道职工书屋', address: '天目山路', seatCount: 24,
    openingHours: [], availability: [{ from, to, freeSeats: 2, freeSeatNos: [4, 5] }] } } });
  try {
    wx.respond(200, room('09:00', '10:00'));
    const page = load('rooms/detail');
    await page.instance.onLoad({ id: '3' });
    await flush();

    expect(wx.sent[0].variables).toEqual({ id: '3', date: '2026-11-26' });
    const days = page.querySelectorAll('.day');
    expect(days.length).toBe(7);
    expect(days[0].dom.textContent).toBe('今天');
    expect(page.querySelector('.slot').dom.textContent).toContain('09:00–10:00 空座 2');

    wx.respond(200, room('14:00', '15:00'));
    days[6].dispatchEvent('tap');
    await flush();
    expect(wx.sent[1].variables).toEqual({ id: '3', date: '2026-12-02' });

    wx.respond(200, { data: { bookSeat: { booking: { id: '77', status: 'BOOKED', seatNo: 4, from: '14:00', to: '15:00' } } } });
    page.querySelector('.slot').dispatchEvent('tap');
    await flush();
    expect(wx.sent[2].query).toContain('mutation BookSeat');
    expect(wx.sent[2].variables).toEqual({ roomId: '3', date: '2026-12-02', from: '14:00', to: '15:00' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已预约 4 号座' });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/rooms/booking?id=77' });
  }
  finally {
    jest.useRealTimers();
  }
});

test('the rooms list opens a room\'s page', async () => {
  wx.respond(200, { data: { readingRooms: { edges: [{ node: { id: '3', name: '西溪街道职工书屋', address: '', distanceMeters: 120, seatCount: 24 } }],
    pageInfo: { hasNextPage: false, endCursor: null } } } });
  const page = load('rooms/list/list');
  await page.instance.onLoad();
  await flush();

  page.querySelector('.room').dispatchEvent('tap');
  await flush();

  expect(wx.sent[0].variables.near).toEqual({ lat: 30.27, lng: 120.12 });
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/rooms/detail?id=3' });
});

test('a booking opened from its reminder can be cancelled', async () => {
  wx.respond(200, { data: { myBookings: { edges: [{ node: { id: '77', status: 'BOOKED', seatNo: 4, date: '2026-11-26', from: '14:00', to: '15:00',
    checkedInAt: null, room: { id: '3', name: '西溪街道职工书屋', address: '天目山路' } } }], pageInfo: { hasNextPage: false, endCursor: null } } } });
  const page = load('rooms/booking');
  await page.instance.onLoad({ id: '77' });
  await flush();
  wx.respond(200, { data: { cancelBooking: { booking: { id: '77', status: 'CANCELLED' } } } });

  page.querySelector('.cancel').dispatchEvent('tap');
  await flush();

  expect(wx.sent[1].query).toContain('mutation CancelBooking');
  expect(wx.sent[1].variables).toEqual({ id: '77' });
  expect(page.querySelector('.status').dom.textContent).toContain('已取消');
  expect(page.querySelector('.cancel')).toBeUndefined();
});

test('a worker who opens a check-in code sees it to show; nobody is checked in', async () => {
  wx.respond(200, { data: { me: { id: '8', roles: ['WORKER'], organizerOf: [] } } });
  const page = load('events/checkin');
  await page.instance.onLoad({ scene: encodeURIComponent('c=K7Q2') });
  await flush();

  expect(wx.sent.length).toBe(1);
  expect(page.querySelector('.code').dom.textContent).toContain('签到码：K7Q2');
});

test('the event check-in page opened for an event shows the worker\'s own code', async () => {
  wx.respond(200, { data: { event: { id: '7', title: '读书会', myRegistration: { status: 'CONFIRMED', checkInCode: 'K7Q2', checkInQrCode: null } } } });
  const page = load('events/checkin');
  await page.instance.onLoad({ id: '7' });
  await flush();

  expect(wx.sent[0].variables).toEqual({ id: '7' });
  expect(page.querySelector('.code').dom.textContent).toContain('K7Q2');
});

test('a desk code out of its window says why', async () => {
  wx.respond(200, { errors: [{ message: 'closed', extensions: { code: 'CHECK_IN_CLOSED' } }] });
  const page = load('rooms/checkin');
  await page.instance.onLoad({ scene: 'd%3DAB12' });
  await flush();

  expect(wx.sent[0].variables).toEqual({ code: 'AB12' });
  expect(page.querySelector('.error').dom.textContent).toContain('不在签到时间内');
});

test.each([
  ['VALID', { valid: true, status: 'VALID', memberNo: 'ZJ0000000042', maskedName: '王*国', orgUnit: { id: '7', name: '西溪街道总工会' } },
    ['有效会员卡', '王*国 · 会员号 ZJ0000000042', '西溪街道总工会']],
  ['EXPIRED', { valid: false, status: 'EXPIRED', memberNo: null, maskedName: null, orgUnit: null }, ['会员卡已过期']],
  ['FORGED', { valid: false, status: 'FORGED', memberNo: null, maskedName: null, orgUnit: null }, ['无效的会员码']]
])('an organizer who scans a %s member card reads so', async (status, result, texts) => {
  wx.respond(200, { data: { verifyMemberCard: result } });
  const page = load('member/verify');
  await page.instance.onLoad({ scene: encodeURIComponent('M16-T4Z7K0-ABCDEFGHJK') });
  await flush();

  expect(wx.sent[0].query).toContain('mutation VerifyMemberCard');
  expect(wx.sent[0].variables).toEqual({ code: 'M16-T4Z7K0-ABCDEFGHJK' });
  texts.forEach((text) => expect(page.querySelector('.result').dom.textContent).toContain(text));
  expect(page.querySelector('.result').dom.textContent).not.toContain('null');
});

test('a worker who is not an organizer cannot verify a member card', async () => {
  wx.respond(200, { errors: [{ message: 'denied', extensions: { code: 'FORBIDDEN' } }] });
  const page = load('member/verify');
  await page.instance.onLoad({ scene: 'M16-T4Z7K0-ABCDEFGHJK' });
  await flush();

  expect(page.querySelector('.result')).toBeUndefined();
  expect(page.querySelector('.error').dom.textContent).toContain('仅限工会组织者核验会员卡');
});

test('the member card asks for a fresh code every 50 seconds while it is shown', async () => {
  jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'nextTick', 'queueMicrotask'] });
  const card = (code) => ({ data: { me: { id: '8', membership: { orgUnit: { id: '7', name: '西溪街道总工会' }, memberNo: 'ZJ0000000042', since: '2026-11-20' },
    memberCard: { memberNo: 'ZJ0000000042', name: '王建国', orgUnit: { id: '7', name: '西溪街道总工会' }, since: '2026-11-20',
      code, qrCode: 'data:image/png;base64,' + code, expiresAt: '2026-11-25T10:01:00+08:00' } } } });
  try {
    wx.respond(200, card('A1'));
    const page = load('member/card');
    await page.instance.onLoad();
    page.instance.onShow();
    await flush();
    expect(wx.sent[0].query).toContain('query MemberCard');
    expect(page.querySelector('.member-card').dom.textContent).toContain('会员号 ZJ0000000042');
    expect(page.instance.data.card.code).toBe('A1');

    wx.respond(200, card('B2'));
    jest.advanceTimersByTime(49 * 1000);
    expect(wx.sent.length).toBe(1);
    jest.advanceTimersByTime(1000);
    await flush();
    expect(wx.sent.length).toBe(2);
    expect(page.instance.data.card).toMatchObject({ code: 'B2', qrCode: 'data:image/png;base64,B2' });

    page.instance.onHide();
    jest.advanceTimersByTime(200 * 1000);
    expect(wx.sent.length).toBe(2);

    wx.respond(200, card('C3'));
    await page.instance.onShow();
    await flush();
    expect(wx.sent.length).toBe(3);
    expect(page.instance.data.card.code).toBe('C3');

    page.instance.onUnload();
    jest.advanceTimersByTime(200 * 1000);
    expect(wx.sent.length).toBe(3);
    expect(jest.getTimerCount()).toBe(0);
  }
  finally {
    jest.useRealTimers();
  }
});

test('a worker who is not a member sees the way to apply on the card page', async () => {
  wx.respond(200, { data: { me: { id: '8', membership: null, memberCard: null } } });
  const page = load('member/card');
  await page.instance.onLoad();
  await flush();

  expect(page.querySelector('.member-card')).toBeUndefined();
  expect(page.querySelector('.none').dom.textContent).toContain('你还不是工会会员');
  expect(page.querySelector('.apply').dom.textContent).toContain('申请入会');
  page.instance.onUnload();
});

test('applying without a bound phone says to bind it first', async () => {
  wx.respond(200, { data: { me: { id: '8', phone: null, orgUnit: null, membership: null, membershipApplication: null } } });
  const page = load('member/apply');
  await page.instance.onLoad({ unit: '7' });
  await flush();
  page.instance.setData({ form: { realName: '王建国', employer: '杭州汽轮' } });
  wx.respond(200, { errors: [{ message: 'bind a phone', extensions: { code: 'PHONE_REQUIRED' } }] });

  page.querySelector('.submit').dispatchEvent('tap');
  await flush();

  expect(wx.sent[1].query).toContain('mutation ApplyForMembership');
  expect(wx.sent[1].variables).toEqual({ input: { orgUnitId: '7', realName: '王建国', employer: '杭州汽轮' } });
  expect(page.querySelector('.error').dom.textContent).toContain('请先绑定手机号');
  expect(page.querySelector('.error').dom.textContent).toContain('去绑定手机号');
});

test('a rejected worker reads the reason and applies again to the same union', async () => {
  const rejected = { id: '5', status: 'REJECTED', orgUnit: { id: '7', name: '西溪街道总工会' }, realName: '王建国', employer: '个体',
    reason: '请填写实际工作单位', createdAt: '2026-11-24T09:00:00+08:00', reviewedAt: '2026-11-25T09:00:00+08:00' };
  wx.respond(200, { data: { me: { id: '8', phone: '138****8000', orgUnit: null, membership: null, membershipApplication: rejected } } });
  const page = load('member/apply');
  await page.instance.onLoad({});
  await flush();
  expect(page.querySelector('.application').dom.textContent).toContain('入会申请：未通过');
  expect(page.querySelector('.reason').dom.textContent).toContain('请填写实际工作单位');

  page.instance.setData({ 'form.employer': '杭州汽轮' });
  wx.respond(200, { data: { applyForMembership: { application: Object.assign({}, rejected, { id: '6', status: 'PENDING', employer: '杭州汽轮',
    reason: null, reviewedAt: null }) } } });
  await page.instance.submit();

  expect(wx.sent[1].variables).toEqual({ input: { orgUnitId: '7', realName: '王建国', employer: '杭州汽轮' } });
  expect(page.querySelector('.application').dom.textContent).toContain('入会申请：审核中');
  expect(page.querySelector('.reason')).toBeUndefined();
  expect(page.querySelector('.form')).toBeUndefined();
  expect(wx.showToast).toHaveBeenCalledWith({ title: '已提交申请' });
});

test('the membership form asks for a name and an employer before it sends anything', async () => {
  wx.respond(200, { data: { me: { id: '8', phone: '138****8000', orgUnit: { id: '7', name: '西溪街道总工会' }, membership: null, membershipApplication: null } } });
  const page = load('member/apply');
  await page.instance.onLoad({});
  await flush();

  await page.instance.submit();

  expect(wx.sent.length).toBe(1);
  expect(page.querySelector('.error').dom.textContent).toContain('请填写身份证上的姓名和工作单位');
});


// Waits (up to a second) for what a tap started: taps do not hand back their promise.
async function until(condition) {
  for (let i = 0; i < 200 && !condition(); i++) {
    await flush();
  }
}

const station = { id: '5', name: '湖滨暖心驿站', address: '湖滨路 28 号', distanceMeters: 812.4,
  services: ['DRINKING_WATER', 'FREE_MEALS'], open24h: true, openNow: true, reportedClosed: false, freeMeals: { remainingToday: 12 } };

test('the stations list asks nearest first, filters by service and open now, and opens a station', async () => {
  const answer = { data: { serviceStations: { edges: [{ node: station },
    { node: Object.assign({}, station, { id: '6', name: '长河街道骑手驿站', reportedClosed: true, freeMeals: null }) }],
  pageInfo: { hasNextPage: false, endCursor: null } } } };
  wx.respond(200, answer);
  const page = load('stations/list/list');
  await page.instance.onLoad();
  await flush();

  expect(wx.sent[0].query).toContain('query ServiceStations');
  expect(wx.sent[0].variables).toEqual({ near: { lat: 30.27, lng: 120.12 }, first: 20 });
  const cards = page.querySelectorAll('.station').map((item) => item.dom.textContent);
  expect(cards[0]).toContain('812 米');
  expect(cards[0]).toContain('饮水 · 爱心餐');
  expect(cards[0]).toContain('今日爱心餐剩余 12 份');
  expect(cards[1]).toContain('有职工反映该站未开门');

  wx.respond(200, answer);
  page.querySelectorAll('.service')[8].dispatchEvent('tap');
  await until(() => wx.sent.length === 2);
  expect(wx.sent[1].variables).toEqual({ near: { lat: 30.27, lng: 120.12 }, service: 'FREE_MEALS', first: 20 });
  wx.respond(200, answer);
  page.querySelector('.open-now').dispatchEvent('tap');
  await until(() => wx.sent.length === 3);
  expect(wx.sent[2].variables).toEqual({ near: { lat: 30.27, lng: 120.12 }, service: 'FREE_MEALS', openNow: true, first: 20 });

  page.querySelector('.station').dispatchEvent('tap');
  await until(() => wx.navigateTo.mock.calls.length > 0);
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/stations/detail?id=5' });
});

const stationDetail = { id: '5', name: '湖滨暖心驿站', address: '湖滨路 28 号', lat: 30.259, lng: 120.164,
  services: ['DRINKING_WATER', 'FREE_MEALS'], photos: [], open24h: false, openNow: true, reportedClosed: false, closedAt: null,
  openingHours: [{ weekday: 1, opens: '07:00', closes: '21:00' }], freeMeals: { dailyQuota: 30, remainingToday: 3, claimedByMe: false } };

test('a station shows its hours and free meals, and a worker takes one', async () => {
  wx.respond(200, { data: { serviceStation: stationDetail } });
  const page = load('stations/detail');
  await page.instance.onLoad({ id: '5' });
  await flush();
  expect(page.dom.textContent).toContain('周一 07:00–21:00');
  expect(page.dom.textContent).toContain('今日剩余 3 份');
  wx.respond(200, { data: { claimFreeMeal: { claim: { id: '1', day: '2026-11-25', claimedAt: 'x' }, remainingToday: 2 } } });
  wx.respond(200, { data: { serviceStation: Object.assign({}, stationDetail,
    { freeMeals: { dailyQuota: 30, remainingToday: 2, claimedByMe: true } }) } });

  page.querySelector('.claim').dispatchEvent('tap');
  await until(() => page.querySelector('.claimed') !== undefined);

  expect(wx.sent[1].query).toContain('mutation ClaimFreeMeal');
  expect(wx.sent[1].variables).toEqual({ stationId: '5' });
  expect(wx.showToast).toHaveBeenCalledWith({ title: '领取成功，请向站点出示' });
  expect(page.querySelector('.claimed').dom.textContent).toContain('今天已在本站领取');
  expect(page.querySelector('.claim')).toBeUndefined();
});

test.each([
  ['QUOTA_EXHAUSTED', '今天的爱心餐已经领完了'],
  ['ALREADY_CLAIMED', '今天已经领过爱心餐了，每人每天一份']
])('a free meal refused with %s says why', async (code, message) => {
  wx.respond(200, { data: { serviceStation: stationDetail } });
  const page = load('stations/detail');
  await page.instance.onLoad({ id: '5' });
  await flush();
  wx.respond(200, { errors: [{ message: 'no', extensions: { code } }] });

  await page.instance.claim();

  expect(wx.showToast).toHaveBeenCalledWith({ title: message, icon: 'none' });
});

test('a worker reports a problem with a kind and a note', async () => {
  wx.respond(200, { data: { serviceStation: stationDetail } });
  const page = load('stations/detail');
  await page.instance.onLoad({ id: '5' });
  await flush();

  await page.instance.report();
  expect(wx.showToast).toHaveBeenCalledWith({ title: '请选择遇到的问题', icon: 'none' });
  expect(wx.sent).toHaveLength(1);

  page.querySelectorAll('.kind')[0].dispatchEvent('tap');
  page.instance.typeNote({ detail: { value: ' 门锁着 ' } });
  wx.respond(200, { data: { reportStationIssue: { issue: { id: '9', kind: 'CLOSED', status: 'OPEN' } } } });
  wx.respond(200, { data: { serviceStation: Object.assign({}, stationDetail, { reportedClosed: true }) } });
  page.querySelector('.send').dispatchEvent('tap');
  await until(() => page.dom.textContent.includes('有职工反映该站未开门'));

  expect(wx.sent[1].query).toContain('mutation ReportStationIssue');
  expect(wx.sent[1].variables).toEqual({ stationId: '5', kind: 'CLOSED', note: '门锁着' });
  expect(wx.showToast).toHaveBeenCalledWith({ title: '已反馈，感谢' });
  expect(page.dom.textContent).toContain('有职工反映该站未开门');
});

const helpRequest = (changes) => Object.assign({ id: '42', category: 'WAGE_ARREARS', description: '十月工资未发', photoUrls: [],
  contactPhone: '13805710003', callBack: true, status: 'CLOSED', overdue: false, createdAt: '2026-11-20T09:00:00+08:00',
  outcome: '已追回欠薪', stars: null, ratingComment: null, orgUnit: { id: '7', name: '西溪街道总工会' },
  timeline: { edges: [
    { node: { id: '1', kind: 'SUBMITTED', note: null, at: '2026-11-20T09:00:00+08:00', orgUnit: { id: '9', name: '杭州龙井茶业集团有限公司工会' }, toOrgUnit: null } },
    { node: { id: '2', kind: 'ESCALATED', note: null, at: '2026-11-21T09:01:00+08:00', orgUnit: { id: '9', name: '杭州龙井茶业集团有限公司工会' },
      toOrgUnit: { id: '7', name: '西溪街道总工会' } } },
    { node: { id: '3', kind: 'CLOSED', note: '已追回欠薪', at: '2026-11-22T09:00:00+08:00', orgUnit: { id: '7', name: '西溪街道总工会' }, toOrgUnit: null } }
  ], pageInfo: { hasNextPage: false, endCursor: 'c' } } }, changes);

test('a worker asks for help with a category, what happened and a call back, and is taken to the request', async () => {
  const page = load('help/submit');
  await page.instance.onLoad({});

  await page.instance.submit();
  expect(wx.sent.length).toBe(0);
  expect(page.querySelector('.error').dom.textContent).toContain('请选择诉求类别');

  page.querySelectorAll('.category')[4].dispatchEvent('tap');
  await flush();
  page.instance.input({ detail: { value: '  家中老人重病  ' } });
  page.instance.toggleCallBack({ detail: { value: true } });
  wx.respond(200, { data: { submitHelpRequest: { helpRequest: { id: '42', status: 'SUBMITTED', orgUnit: { id: '2', name: '杭州市总工会' } } } } });
  await page.instance.submit();

  expect(wx.sent[0].query).toContain('mutation SubmitHelpRequest');
  expect(wx.sent[0].variables).toEqual({ input: { category: 'HARDSHIP', description: '家中老人重病', callBack: true, cityCode: '330100' } });
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/help/detail?id=42' });
});

test('a refused request tells the worker why', async () => {
  const page = load('help/submit');
  page.instance.setData({ category: 'OTHER', description: '有人拉我去赌博' });
  wx.respond(200, { errors: [{ message: 'risky', extensions: { code: 'CONTENT_RISKY' } }] });
  await page.instance.submit();
  expect(page.querySelector('.error').dom.textContent).toContain('内容未通过安全检测');
  expect(wx.navigateTo).not.toHaveBeenCalled();
});

test('the request page shows each step and lets the worker rate a closed request once', async () => {
  wx.respond(200, { data: { helpRequest: helpRequest() } });
  const page = load('help/detail');
  await page.instance.onLoad({ id: '42' });
  await flush();

  expect(wx.sent[0].variables).toEqual({ id: '42' });
  const steps = page.querySelectorAll('.step').map((step) => step.dom.textContent);
  expect(steps).toHaveLength(3);
  expect(steps[1]).toContain('超时上报 · 杭州龙井茶业集团有限公司工会');
  expect(steps[1]).toContain('→ 西溪街道总工会');
  expect(steps[2]).toContain('已追回欠薪');
  expect(page.querySelector('.summary').dom.textContent).toContain('欠薪 · 已办结');

  await page.instance.rate();
  expect(wx.sent.length).toBe(1);
  page.querySelectorAll('.star')[3].dispatchEvent('tap');
  await flush();
  page.instance.input({ detail: { value: '很及时' } });
  wx.respond(200, { data: { rateHelpRequest: { helpRequest: { id: '42', stars: 4, ratingComment: '很及时' } } } });
  wx.respond(200, { data: { helpRequest: helpRequest({ stars: 4, ratingComment: '很及时' }) } });
  await page.instance.rate();
  await flush();

  expect(wx.sent[1].query).toContain('mutation RateHelpRequest');
  expect(wx.sent[1].variables).toEqual({ input: { id: '42', stars: 4, comment: '很及时' } });
  expect(page.querySelector('.rated').dom.textContent).toContain('4 星 很及时');
  expect(page.querySelector('.rate')).toBeUndefined();
});

test('an open request has no rating form', async () => {
  wx.respond(200, { data: { helpRequest: helpRequest({ status: 'SUBMITTED', outcome: null, overdue: true }) } });
  const page = load('help/detail');
  await page.instance.onLoad({ id: '42' });
  await flush();
  expect(page.querySelector('.summary').dom.textContent).toContain('待受理');
  expect(page.querySelector('.rate')).toBeUndefined();
});

test('my requests come a page at a time, newest first', async () => {
  const node = (id, status) => ({ id, category: 'WORK_INJURY', description: '工伤认定', status, createdAt: '2026-11-20',
    orgUnit: { id: '7', name: '西溪街道总工会' } });
  wx.respond(200, { data: { myHelpRequests: { edges: [{ node: node('9', 'SUBMITTED') }, { node: node('8', 'ACCEPTED') }],
    pageInfo: { hasNextPage: true, endCursor: 'c8' } } } });
  const page = load('help/mine');
  await page.instance.onLoad();
  await flush();
  expect(wx.sent[0].query).toContain('query MyHelpRequests');
  expect(wx.sent[0].variables).toEqual({ first: 20, after: null });
  expect(page.querySelectorAll('.request').map((item) => item.dom.textContent).join()).toContain('工伤 · 待受理');

  wx.respond(200, { data: { myHelpRequests: { edges: [{ node: node('7', 'CLOSED') }], pageInfo: { hasNextPage: false, endCursor: 'c7' } } } });
  page.querySelector('.more').dispatchEvent('tap');
  await flush();
  await flush();
  expect(wx.sent[1].variables).toEqual({ first: 20, after: 'c8' });
  expect(page.querySelectorAll('.request')).toHaveLength(3);
  expect(page.querySelector('.more')).toBeUndefined();

  page.querySelectorAll('.request')[2].dispatchEvent('tap');
  await flush();
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/help/detail?id=7' });
});
