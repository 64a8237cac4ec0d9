// Every page the portal opens (QR codes, subscribe messages, share codes) is a page of app.json that
// reads the scene or query the portal gives it and asks the portal for the right thing.
const fs = require('fs');
const path = require('path');
const simulate = require('miniprogram-simulate');
const { fakeWx } = require('./fakeWx');
const { ROUTES, params, sceneValue, url } = require('../utils/routes');

const root = path.join(__dirname, '..');
const portalSources = path.join(root, '..', 'api', 'src', 'main');
const appPages = require('../app.json').pages;

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

// What the portal's code says: dataUrl("pages/x/y", "k=" + …) is a QR code with scene k=…;
// "pages/x/y?k=" + … is a page with a query (subscribe messages); a constant PAGE = "pages/x/y"
// given to dataUrl(PAGE, code) is a QR code whose scene is the bare value; any other "pages/…"
// literal is a page opened without parameters.
function portalPages() {
  const found = new Map();
  for (const file of filesUnder(portalSources)) {
    const text = fs.readFileSync(file, 'utf8');
    const at = path.relative(portalSources, file);
    const constants = new Map([...text.matchAll(/static final String ([A-Z0-9_]+) = "(pages(?:\/[A-Za-z0-9_-]+)+)";/g)]
      .map(([, name, page]) => [name, page]));
    for (const match of text.matchAll(/["']\/?(pages(?:\/[A-Za-z0-9_-]+)+)(?:\?([A-Za-z0-9_]+)=)?["'](?:\s*,\s*["']([A-Za-z0-9_]+)=)?/g)) {
      const [, page, queryKey, sceneKey] = match;
      const how = sceneKey ? 'scene ' + sceneKey : queryKey ? 'query ' + queryKey : 'plain';
      found.set(page + ' ' + how, { page, queryKey, sceneKey, at });
    }
    for (const [, name, sceneKey] of text.matchAll(/dataUrl\(\s*([A-Z0-9_]+)\s*,\s*(?:["']([A-Za-z0-9_]+)=)?/g)) {
      const page = constants.get(name);
      if (page) {
        found.delete(page + ' plain');
        found.set(page + (sceneKey ? ' scene ' + sceneKey : ' scene'), { page, sceneKey, bareScene: !sceneKey, at });
      }
    }
  }
  return [...found.values()];
}

function nameOf(found) {
  return found.page + (found.sceneKey ? ' scene ' + found.sceneKey : found.bareScene ? ' scene' : found.queryKey ? ' query ' + found.queryKey : ' plain');
}

const organizer = { me: { id: '3', nickname: '孙丽', phone: null, roles: ['WORKER', 'ORGANIZER'], orgUnit: null, organizerOf: [], bookingBannedUntil: null } };
const event = { id: '42', title: '职工读书会', summary: '', organizer: { name: '工会' }, venue: { name: '书屋' }, questions: [],
  myRegistration: { id: '9', status: 'CONFIRMED', checkInCode: 'K42', checkInQrCode: null }, eligibility: { allowed: true } };
const booking = { id: '42', status: 'BOOKED', seatNo: 5, date: '2026-11-25', from: '09:00', to: '10:00', checkedInAt: null,
  room: { id: '1', name: '西溪街道职工书屋', address: '天目山路' } };

// For each page and parameter: what the portal answers, the operation the page must send with the
// value, and what the worker then reads.
const EXPECTED = {
  'pages/events/detail query id': { answers: [{ event }], operation: 'query Event', shows: '职工读书会' },
  'pages/events/checkin scene c': {
    answers: [organizer, { checkInAttendee: { registration: { id: '9', status: 'ATTENDED', checkedInAt: 'x',
      event: { id: '42', title: '职工读书会' }, attendee: { nickname: '小王', orgUnitName: '西溪街道总工会' } } } }],
    operation: 'mutation CheckInAttendee', variables: { code: '42' }, shows: '签到成功'
  },
  'pages/rooms/detail query id': {
    answers: [{ readingRoom: { id: '42', name: '西溪街道职工书屋', address: '天目山路', seatCount: 24, openingHours: [],
      availability: [{ from: '09:00', to: '10:00', freeSeats: 3, freeSeatNos: [1, 2, 3] }] } }],
    operation: 'query RoomAvailability', shows: '09:00–10:00 空座 3'
  },
  'pages/rooms/booking query id': { answers: [{ myBookings: { edges: [{ node: booking }], pageInfo: { hasNextPage: false } } }],
    operation: 'query MyBookings', variables: { first: 50 }, shows: '5 号座' },
  'pages/rooms/checkin scene d': {
    answers: [{ checkInBooking: { booking: Object.assign({}, booking, { status: 'CHECKED_IN' }) } }],
    operation: 'mutation CheckInBooking', variables: { code: '42' }, shows: '签到成功'
  },
  'pages/lectures/detail query id': {
    answers: [{ lecture: { id: '42', topic: '班前十分钟', summary: '', startsAt: '2026-11-26T08:00:00+08:00', durationMinutes: 10,
      status: 'SCHEDULED', remindMe: false, classroom: { name: '食堂' }, lecturers: [{ id: '1', name: '王师傅' }] } }],
    operation: 'query Lecture', shows: '班前十分钟'
  },
  'pages/craftsmen/detail scene c': {
    answers: [{ craftsman: { id: '42', name: '王师傅', enterprise: '杭州汽轮', trade: '钳工', biography: '三十年',
      honours: [{ honour: 'ZHEJIANG_CRAFTSMAN', year: 2020 }], upcomingLectures: [], stories: [] } }],
    operation: 'query Craftsman', shows: '王师傅', showsToo: '2020 浙江工匠'
  },
  'pages/stories/detail scene s': {
    answers: [{ story: { id: '42', title: '一根主轴', summary: '', body: '', likeCount: 0 }, storyComments: { edges: [] } }],
    operation: 'query Story', shows: '一根主轴'
  },
  'pages/stories/detail query id': {
    answers: [{ story: { id: '42', title: '一根主轴', summary: '', body: '', likeCount: 0 }, storyComments: { edges: [] } }],
    operation: 'query Story', shows: '一根主轴'
  },
  'pages/member/verify scene': {
    answers: [{ verifyMemberCard: { valid: true, status: 'VALID', memberNo: 'ZJ0000000042', maskedName: '王*国',
      orgUnit: { id: '7', name: '西溪街道总工会' } } }],
    operation: 'mutation VerifyMemberCard', variables: { code: '42' }, shows: '有效会员卡'
  },
  'pages/member/card plain': {
    answers: [{ me: { id: '8', membership: { orgUnit: { id: '7', name: '西溪街道总工会' }, memberNo: 'ZJ0000000042', since: '2026-11-20' },
      memberCard: { memberNo: 'ZJ0000000042', name: '王建国', orgUnit: { id: '7', name: '西溪街道总工会' }, since: '2026-11-20',
        code: 'M16-T4Z7K0-ABCDEFGHJK', qrCode: 'data:image/png;base64,AA', expiresAt: '2026-11-25T10:01:00+08:00' } } }],
    operation: 'query MemberCard', variables: {}, shows: '会员号 ZJ0000000042'
  },
  'pages/member/apply plain': {
    answers: [{ me: { id: '8', phone: '138****8000', orgUnit: null, membership: null,
      membershipApplication: { id: '5', status: 'REJECTED', orgUnit: { id: '7', name: '西溪街道总工会' }, realName: '王建国',
        employer: '杭州汽轮', reason: '请填写实际工作单位', createdAt: '2026-11-24T09:00:00+08:00', reviewedAt: '2026-11-25T09:00:00+08:00' } } }],
    operation: 'query MyMembershipApplication', variables: {}, shows: '原因：请填写实际工作单位'
  },
  'pages/help/detail query id': {
    answers: [{ helpRequest: { id: '42', category: 'WAGE_ARREARS', description: '十月工资未发', photoUrls: [], contactPhone: '13805710003',
      callBack: true, status: 'ACCEPTED', overdue: false, createdAt: '2026-11-24T09:00:00+08:00', outcome: null, stars: null,
      ratingComment: null, orgUnit: { id: '7', name: '西溪街道总工会' },
      timeline: { edges: [{ node: { id: '1', kind: 'ACCEPTED', note: null, at: '2026-11-24T10:00:00+08:00',
        orgUnit: { id: '7', name: '西溪街道总工会' }, toOrgUnit: null } }], pageInfo: { hasNextPage: false, endCursor: 'c' } } } }],
    operation: 'query HelpRequest', shows: '已受理 · 西溪街道总工会'
  }
};

const { flush } = require('./helpers');

beforeEach(() => {
  global.wx = fakeWx();
  global.getApp = () => ({ globalData: { city: '330100' } });
  wx.setStorageSync('token', 'T1');
});

const scanned = portalPages();

test('the portal opens pages at all (the scan finds them)', () => {
  expect(scanned.length).toBeGreaterThanOrEqual(8);
});

test('every page path in the portal\'s sources is one the scan understands', () => {
  const anywhere = new Set();
  for (const file of filesUnder(portalSources)) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/(?<![A-Za-z0-9_./-])\/?(pages(?:\/[A-Za-z0-9_-]+)+)/g)) {
      anywhere.add(match[1]);
    }
  }
  expect([...anywhere].sort()).toEqual([...new Set(scanned.map((found) => found.page))].sort());
});

test.each(scanned.map((found) => [nameOf(found), found]))(
  '%s renders and asks for the right thing', async (key, found) => {
    expect(appPages).toContain(found.page);
    expect(Object.values(ROUTES)).toContain(found.page);
    const expected = EXPECTED[key];
    if (!expected) {
      throw new Error(found.at + ' opens ' + key + ', which this test does not know yet: add it to EXPECTED');
    }
    expected.answers.forEach((data) => wx.respond(200, { data }));
    // A QR code's scene arrives URL-encoded in options.scene, a message's query as options.
    const options = found.sceneKey ? { scene: encodeURIComponent(found.sceneKey + '=42') } : found.bareScene ? { scene: '42' }
      : found.queryKey ? { [found.queryKey]: '42' } : {};

    const component = simulate.render(simulate.load(path.join(root, found.page), { compiler: 'simulate' }));
    component.attach(document.createElement('parent-wrapper'));
    await component.instance.onLoad(options);
    await flush();

    const sent = wx.sent[expected.answers.length - 1];
    expect(sent.query).toContain(expected.operation);
    expect(sent.variables).toMatchObject(expected.variables || { id: '42' });
    expect(component.dom.textContent).toContain(expected.shows);
    if (expected.showsToo) {
      expect(component.dom.textContent).toContain(expected.showsToo);
    }
    if (component.instance.onUnload) {
      component.instance.onUnload();
    }
  });

test('a scene is read like a query', () => {
  expect(params({ scene: encodeURIComponent('d=AB12') })).toEqual({ d: 'AB12' });
  expect(params({ scene: 'c%3D7%26x%3D1' })).toEqual({ c: '7', x: '1' });
  expect(params({ id: '5' })).toEqual({ id: '5' });
  expect(sceneValue({ scene: 'M16-T4Z7K0-ABCDEFGHJK' })).toBe('M16-T4Z7K0-ABCDEFGHJK');
  expect(sceneValue({ scene: 'd%3DAB12' })).toBe('');
  expect(url(ROUTES.roomBooking, { id: 9 })).toBe('/pages/rooms/booking?id=9');
});

test('every route of the client is a page of app.json', () => {
  Object.values(ROUTES).forEach((page) => expect(appPages).toContain(page));
  appPages.forEach((page) => ['.js', '.json', '.wxml'].forEach((ext) => expect(fs.existsSync(path.join(root, page + ext))).toBe(true)));
});
