// The worker pages when the portal says no: for each operation a page sends, each code the portal can
// answer it with (README.md "Error codes"; RATE_LIMITED can come for any request once the caller's
// request budget is spent) shows the message utils/errors.js has for it, or the page's own wording.
// Also: "remind me" and favouriting a story, which no other test sent.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');
const { showsMessageForEachCode, shownIn, opened, tap } = require('./codes');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});


// ---- home and events

describe('home', () => {
  showsMessageForEachCode('index/index', 'query PopularEvents', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('index/index'),
    act: (view) => view.instance.onLoad(),
    variables: { city: '330100', first: 10 },
    then: (view) => expect(view.querySelector('.event')).toBeUndefined()
  });
});

const event = (extra) => Object.assign({ id: '7', title: '读书会', summary: '共读一本书', body: null, status: 'PUBLISHED',
  startsAt: '2026-12-20T06:00:00Z', endsAt: '2026-12-20T08:00:00Z', registrationOpensAt: '2026-12-01T00:00:00Z',
  registrationClosesAt: '2026-12-20T06:00:00Z', capacity: 30, remainingSeats: 3, waitlistEnabled: false, waitlistCount: 0,
  kind: 'DEMONSTRATION', category: 'READING', audience: 'PUBLIC', organizer: { name: '杭州市总工会' },
  venue: { name: '书屋', address: '天目山路', lat: 30.27, lng: 120.12 }, questions: [], myRegistration: null,
  eligibility: { allowed: true, code: null, reason: null } }, extra || {});
const confirmed = { id: '9', status: 'CONFIRMED', waitlistPosition: null, checkInCode: 'K7Q2', checkInQrCode: null };

describe('events', () => {
  showsMessageForEachCode('events/list/list', 'query Events', ['BAD_USER_INPUT', 'RATE_LIMITED', 'UNAUTHENTICATED', 'INTERNAL'], {
    open: () => load('events/list/list'),
    act: (view) => view.instance.onLoad({}),
    variables: { filter: { cityCode: '330100' }, orderBy: 'SOONEST', near: null, first: 20, after: null },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('events/detail', 'mutation RegisterForEvent', ['EVENT_FULL', 'REGISTRATION_CLOSED', 'MEMBERSHIP_REQUIRED',
    'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: () => opened('events/detail', [{ event: event() }], { id: '7' }),
    act: (view) => view.instance.register(),
    variables: { eventId: '7', answers: [] },
    where: shownIn.toast,
    then: (view) => {
      expect(view.querySelector('.registration')).toBeUndefined();
      expect(view.instance.data.busy).toBe(false);
    }
  });

  showsMessageForEachCode('events/detail', 'mutation CancelRegistration', ['REGISTRATION_CLOSED', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('events/detail', [{ event: event({ myRegistration: confirmed }) }], { id: '7' }),
    act: (view) => view.instance.cancel(),
    variables: { eventId: '7' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.registration').dom.textContent).toContain('已报名')
  });

  showsMessageForEachCode('events/detail', 'query Event', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('events/detail'),
    act: (view) => view.instance.onLoad({ id: '7' }),
    variables: { id: '7' }
  });

  const registrations = { myRegistrations: page([{ id: '9', status: 'CONFIRMED', waitlistPosition: null, checkInCode: 'K7Q2',
    checkedInAt: null, event: { id: '7', title: '读书会', startsAt: '2026-12-20T06:00:00Z', status: 'PUBLISHED', venue: { name: '书屋' } } }]) };

  showsMessageForEachCode('events/mine/mine', 'query MyRegistrations', ['RATE_LIMITED', 'UNAUTHENTICATED', 'INTERNAL'], {
    open: () => load('events/mine/mine'),
    act: (view) => view.instance.onLoad(),
    variables: { status: null, first: 20, after: null },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('events/mine/mine', 'mutation CancelRegistration', ['REGISTRATION_CLOSED', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('events/mine/mine', [registrations]),
    act: (view) => view.instance.cancel(tap({ id: '7' })),
    variables: { eventId: '7' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.cancel')).toBeDefined()
  });

  // the worker's own code (?id=), and an organizer scanning a registration's code (scene c=)
  showsMessageForEachCode('events/checkin', 'query Event', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('events/checkin'),
    act: (view) => view.instance.onLoad({ id: '7' }),
    variables: { id: '7' },
    then: (view) => expect(view.querySelector('.code')).toBeUndefined()
  });

  showsMessageForEachCode('events/checkin', 'mutation CheckInAttendee', ['NOT_FOUND', 'CHECK_IN_CLOSED', 'ALREADY_CHECKED_IN',
    'FORBIDDEN', 'RATE_LIMITED'], {
    open: () => load('events/checkin'),
    answers: [organizerMe],
    act: (view) => view.instance.onLoad({ scene: encodeURIComponent('c=K7Q2') }),
    variables: { code: 'K7Q2' },
    then: (view) => expect(view.querySelector('.checked-in')).toBeUndefined()
  });
});

describe('interest groups', () => {
  const groups = (joined) => ({ interestGroups: page([{ id: '4', name: '书法小组', description: '每周六练字', category: 'ARTS', memberCount: 12,
    joined, membersOnly: true, orgUnit: { id: '7', name: '西溪街道总工会' } }]) });

  showsMessageForEachCode('groups/list/list', 'query InterestGroups', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('groups/list/list'),
    act: (view) => view.instance.onLoad(),
    variables: { category: null, first: 20, after: null }
  });

  showsMessageForEachCode('groups/list/list', 'mutation JoinInterestGroup', ['MEMBERSHIP_REQUIRED', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('groups/list/list', [groups(false)]),
    act: (view) => view.instance.join(tap({ id: '4' })),
    variables: { groupId: '4' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.group').dom.textContent).toContain('12 人')
  });

  showsMessageForEachCode('groups/list/list', 'mutation LeaveInterestGroup', ['NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('groups/list/list', [groups(true)]),
    act: (view) => view.instance.leave(tap({ id: '4' })),
    variables: { groupId: '4' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.leave')).toBeDefined()
  });

  showsMessageForEachCode('groups/list/list', 'query Events', ['RATE_LIMITED'], {
    open: () => opened('groups/list/list', [groups(true)]),
    act: (view) => view.instance.activities(tap({ id: '4' })),
    variables: { filter: { interestGroupId: '4' }, first: 20 },
    where: shownIn.toast
  });
});

// ---- reading rooms

const booking = (status) => ({ id: '77', status, seatNo: 4, date: '2026-11-26', from: '09:00', to: '10:00', checkedInAt: null,
  room: { id: '3', name: '西溪街道职工书屋', address: '天目山路' } });
const scanned = (result) => wx.scanCode.mockImplementation((options) => options.success({ result }));

describe('reading rooms', () => {
  showsMessageForEachCode('rooms/list/list', 'query ReadingRooms', ['BAD_USER_INPUT', 'RATE_LIMITED', 'INTERNAL'], {
    open: () => load('rooms/list/list'),
    act: (view) => view.instance.onLoad(),
    variables: { near: { lat: 30.27, lng: 120.12 }, first: 20 },
    where: shownIn.page
  });

  showsMessageForEachCode('rooms/list/list', 'mutation CheckInBooking', ['NOT_FOUND', 'CHECK_IN_CLOSED', 'RATE_LIMITED'], {
    open: () => opened('rooms/list/list', [{ readingRooms: page([]) }]),
    act: (view) => {
      scanned('AB12');
      view.instance.scanToCheckIn();
    },
    variables: { code: 'AB12' },
    where: shownIn.toast
  });

  const room = { readingRoom: { id: '3', name: '西溪街道职工书屋', address: '天目山路', seatCount: 24, facilities: [], openingHours: [],
    seats: [], availability: [{ from: '09:00', to: '10:00', freeSeats: 2, freeSeatNos: [4, 5] }] } };

  showsMessageForEachCode('rooms/detail', 'query RoomAvailability', ['BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: () => load('rooms/detail'),
    act: (view) => view.instance.onLoad({ id: '3' }),
    then: (view) => expect(view.querySelector('.slot')).toBeUndefined()
  });

  // SEAT_TAKEN, which reloads the slots as well, is in worker.test.js
  showsMessageForEachCode('rooms/detail', 'mutation BookSeat', ['ROOM_CLOSED', 'OUTSIDE_HOURS', 'BOOKING_LIMIT', 'BOOKING_BANNED',
    'NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: () => opened('rooms/detail', [room], { id: '3' }),
    act: (view) => view.instance.book(tap({ from: '09:00', to: '10:00' })),
    where: shownIn.toast,
    then: (view) => {
      expect(wx.sent[1].variables).toEqual({ roomId: '3', date: view.instance.data.date, from: '09:00', to: '10:00' });
      expect(wx.navigateTo).not.toHaveBeenCalled();
      expect(view.instance.data.busy).toBe(false);
    }
  });

  showsMessageForEachCode('rooms/booking', 'query MyBookings', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('rooms/booking'),
    act: (view) => view.instance.onLoad({ id: '77' }),
    variables: { first: 50 }
  });

  showsMessageForEachCode('rooms/booking', 'mutation CheckInBooking', ['NOT_FOUND', 'CHECK_IN_CLOSED', 'RATE_LIMITED'], {
    open: () => opened('rooms/booking', [{ myBookings: page([booking('BOOKED')]) }], { id: '77' }),
    act: (view) => {
      scanned('AB12');
      return view.instance.checkIn();
    },
    variables: { code: 'AB12' },
    then: (view) => {
      expect(view.querySelector('.status').dom.textContent).toContain('待签到');
      expect(view.instance.data.busy).toBe(false);
    }
  });

  showsMessageForEachCode('rooms/booking', 'mutation CancelBooking', ['BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('rooms/booking', [{ myBookings: page([booking('BOOKED')]) }], { id: '77' }),
    act: (view) => view.instance.cancel(),
    variables: { id: '77' },
    then: (view) => expect(view.querySelector('.cancel')).toBeDefined()
  });

  showsMessageForEachCode('rooms/booking', 'mutation StepAway', ['BAD_USER_INPUT', 'NOT_FOUND'], {
    open: () => opened('rooms/booking', [{ myBookings: page([booking('CHECKED_IN')]) }], { id: '77' }),
    act: (view) => view.instance.stepAway(),
    variables: { id: '77' },
    then: (view) => expect(view.querySelector('.status').dom.textContent).toContain('使用中')
  });

  showsMessageForEachCode('rooms/booking', 'mutation CheckOut', ['BAD_USER_INPUT', 'NOT_FOUND'], {
    open: () => opened('rooms/booking', [{ myBookings: page([booking('CHECKED_IN')]) }], { id: '77' }),
    act: (view) => view.instance.checkOut(),
    variables: { id: '77' }
  });

  showsMessageForEachCode('rooms/checkin', 'mutation CheckInBooking', ['NOT_FOUND', 'CHECK_IN_CLOSED', 'RATE_LIMITED', 'UNAUTHENTICATED'], {
    open: () => load('rooms/checkin'),
    act: (view) => view.instance.onLoad({ scene: 'd%3DAB12' }),
    variables: { code: 'AB12' },
    then: (view) => expect(view.querySelector('.checked-in')).toBeUndefined()
  });

  showsMessageForEachCode('rooms/mine/mine', 'query MyBookings', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('rooms/mine/mine'),
    act: (view) => view.instance.onLoad(),
    variables: { first: 30 },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('rooms/mine/mine', 'mutation CancelBooking', ['BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('rooms/mine/mine', [{ myBookings: page([booking('BOOKED')]) }]),
    act: (view) => view.instance.cancel(tap({ id: '77' })),
    variables: { id: '77' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.cancel')).toBeDefined()
  });
});

// ---- service stations

describe('service stations', () => {
  showsMessageForEachCode('stations/list/list', 'query ServiceStations', ['BAD_USER_INPUT', 'RATE_LIMITED', 'INTERNAL'], {
    open: () => load('stations/list/list'),
    act: (view) => view.instance.onLoad(),
    variables: { near: { lat: 30.27, lng: 120.12 }, first: 20 },
    where: shownIn.page,
    then: (view) => expect(view.dom.textContent).not.toContain('附近没有符合条件的服务站')
  });

  const station = { serviceStation: { id: '5', name: '湖滨暖心驿站', address: '湖滨路 28 号', lat: 30.259, lng: 120.164,
    services: ['DRINKING_WATER', 'FREE_MEALS'], photos: [], open24h: false, openNow: true, reportedClosed: false, closedAt: null,
    openingHours: [{ weekday: 1, opens: '07:00', closes: '21:00' }], freeMeals: { dailyQuota: 30, remainingToday: 3, claimedByMe: false } } };

  showsMessageForEachCode('stations/detail', 'query ServiceStation', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('stations/detail'),
    act: (view) => view.instance.onLoad({ id: '5' }),
    variables: { id: '5' }
  });

  showsMessageForEachCode('stations/detail', 'mutation ClaimFreeMeal', ['QUOTA_EXHAUSTED', 'ALREADY_CLAIMED', 'BAD_USER_INPUT',
    'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('stations/detail', [station], { id: '5' }),
    act: (view) => view.instance.claim(),
    variables: { stationId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.claimed')).toBeUndefined()
  });

  showsMessageForEachCode('stations/detail', 'mutation ReportStationIssue', ['BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('stations/detail', [station], { id: '5' }),
    act: (view) => {
      view.instance.pickKind(tap({ kind: 'CLOSED' }));
      return view.instance.report();
    },
    variables: { stationId: '5', kind: 'CLOSED' },
    where: shownIn.toast
  });
});

// ---- lectures

const lecture = (extra) => Object.assign({ id: '5', topic: '班前十分钟', summary: '', startsAt: '2026-11-26T00:00:00Z',
  endsAt: '2026-11-26T00:10:00Z', durationMinutes: 10, status: 'SCHEDULED', cancelReason: null, liveUrl: null, replayUrl: null,
  remindMe: false, checkInCode: null, attendeeCount: 0, classroom: { name: '食堂', mode: 'OFFLINE', address: '一号厂房' },
  lecturers: [{ id: '8', name: '王师傅' }] }, extra || {});
const TEMPLATE = 'lecture-reminder-template-id';
const consent = (answer) => wx.requestSubscribeMessage.mockImplementation((options) => options.success({ [TEMPLATE]: answer }));

describe('lectures', () => {
  test('"remind me" asks for the subscribe message, then sends remindMe; declined, nothing is sent', async () => {
    const detail = await opened('lectures/detail', [{ lecture: lecture() }], { id: '5' });
    consent('reject');
    detail.querySelector('.remind').dispatchEvent('tap');
    await flush();
    expect(wx.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [TEMPLATE] }));
    expect(wx.sent.length).toBe(1);

    consent('accept');
    wx.respond(200, { data: { remindMe: { lecture: { id: '5', remindMe: true } } } });
    detail.querySelector('.remind').dispatchEvent('tap');
    await flush();
    expect(wx.sent[1].query).toMatch(/^mutation RemindMe\b/);
    expect(wx.sent[1].variables).toEqual({ lectureId: '5' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '开讲前会提醒你' });
    expect(detail.querySelector('.reminded').dom.textContent).toContain('已设置开讲提醒');
    expect(detail.querySelector('.remind')).toBeUndefined();
  });

  test('"remind me" from the schedule marks that session', async () => {
    const list = await opened('lectures/list/list', [{ lectureDays: [] }, { lectures: page([lecture()]) }]);
    consent('accept');
    wx.respond(200, { data: { remindMe: { lecture: { id: '5', remindMe: true } } } });
    list.querySelector('.remind').dispatchEvent('tap');
    await flush();
    expect(wx.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [TEMPLATE] }));
    expect(wx.sent[2].query).toMatch(/^mutation RemindMe\b/);
    expect(wx.sent[2].variables).toEqual({ lectureId: '5' });
    expect(list.querySelector('.remind')).toBeUndefined();
  });

  showsMessageForEachCode('lectures/detail', 'query Lecture', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('lectures/detail'),
    act: (view) => view.instance.onLoad({ id: '5' }),
    variables: { id: '5' }
  });

  showsMessageForEachCode('lectures/detail', 'mutation RemindMe', ['NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: () => opened('lectures/detail', [{ lecture: lecture() }], { id: '5' }),
    act: (view) => {
      consent('accept');
      view.instance.remind();
    },
    variables: { lectureId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.reminded')).toBeUndefined()
  });

  showsMessageForEachCode('lectures/detail', 'mutation CancelReminder', ['NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('lectures/detail', [{ lecture: lecture({ remindMe: true }) }], { id: '5' }),
    act: (view) => view.instance.cancelReminder(),
    variables: { lectureId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.reminded')).toBeDefined()
  });

  showsMessageForEachCode('lectures/detail', 'mutation CheckInLecture', ['NOT_FOUND', 'CHECK_IN_CLOSED', 'RATE_LIMITED'], {
    open: () => opened('lectures/detail', [{ lecture: lecture() }], { id: '5' }),
    act: (view) => {
      view.instance.type({ detail: { value: ' L-4821 ' } });
      return view.instance.submitTyped();
    },
    variables: { code: 'L-4821' },
    messages: { NOT_FOUND: '签到码不对，请核对课堂上展示的签到码' },
    then: (view) => expect(view.querySelector('.checked-in')).toBeUndefined()
  });

  showsMessageForEachCode('lectures/list/list', 'query LectureDays', ['BAD_USER_INPUT', 'RATE_LIMITED', 'INTERNAL'], {
    open: () => load('lectures/list/list'),
    act: (view) => view.instance.onLoad(),
    where: shownIn.page
  });

  showsMessageForEachCode('lectures/list/list', 'query Lectures', ['RATE_LIMITED'], {
    open: () => load('lectures/list/list'),
    answers: [{ lectureDays: [] }],
    act: (view) => view.instance.onLoad(),
    variables: { filter: null, first: 20 },
    where: shownIn.page
  });

  showsMessageForEachCode('lectures/list/list', 'mutation RemindMe', ['NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: () => opened('lectures/list/list', [{ lectureDays: [] }, { lectures: page([lecture()]) }]),
    act: (view) => {
      consent('accept');
      view.instance.remind(tap({ id: '5' }));
    },
    variables: { lectureId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.remind')).toBeDefined()
  });

  const reminders = { myReminders: page([{ id: '5', topic: '班前十分钟', startsAt: '2026-11-26T00:00:00Z', durationMinutes: 10,
    status: 'SCHEDULED', classroom: { name: '食堂', mode: 'OFFLINE' } }]) };

  showsMessageForEachCode('lectures/mine/mine', 'query MyReminders', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('lectures/mine/mine'),
    act: (view) => view.instance.onLoad(),
    variables: { first: 30 },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('lectures/mine/mine', 'mutation CancelReminder', ['NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('lectures/mine/mine', [reminders]),
    act: (view) => view.instance.cancel(tap({ id: '5' })),
    variables: { lectureId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelectorAll('.lecture').length).toBe(1)
  });
});

// ---- craftsmen and stories

describe('craftsmen', () => {
  showsMessageForEachCode('craftsmen/list/list', 'query Craftsmen', ['BAD_USER_INPUT', 'RATE_LIMITED', 'INTERNAL'], {
    open: () => load('craftsmen/list/list'),
    act: (view) => view.instance.onLoad(),
    variables: { filter: null, first: 20, after: null }
  });

  test('a craftsman\'s page: honours, stories and coming lectures, each opening its page; one not there says so', async () => {
    const view = await opened('craftsmen/detail', [{ craftsman: { id: '8', name: '王师傅', enterprise: '杭州汽轮', trade: '钳工',
      biography: '三十年', honours: [{ honour: 'GREAT_CRAFTSMAN', year: 2022 }, { honour: 'ZHEJIANG_CRAFTSMAN', year: null }],
      stories: [{ id: '5', title: '一根主轴' }], upcomingLectures: [{ id: '6', topic: '班前十分钟', startsAt: '11-26 08:00' }] } }],
    { id: '8' });
    expect(wx.sent[0].query).toMatch(/^query Craftsman\b/);
    expect(wx.sent[0].variables).toEqual({ id: '8' });
    expect(view.querySelectorAll('.honour').map((item) => item.dom.textContent.trim())).toEqual(['2022 大国工匠', '浙江工匠']);
    view.querySelector('.story').dispatchEvent('tap');
    view.querySelector('.lecture').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/stories/detail?id=5' });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/lectures/detail?id=6' });

    const missing = await opened('craftsmen/detail', [{ craftsman: null }], { id: '99' });
    expect(missing.querySelector('.craftsman')).toBeUndefined();
    expect(missing.querySelector('.error').dom.textContent).toContain('内容不存在或已下线');
  });

  showsMessageForEachCode('craftsmen/detail', 'query Craftsman', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('craftsmen/detail'),
    act: (view) => view.instance.onLoad({ id: '8' }),
    variables: { id: '8' },
    then: (view) => expect(view.querySelector('.craftsman')).toBeUndefined()
  });
});

describe('stories', () => {
  const story = (extra) => ({ story: Object.assign({ id: '5', title: '一根主轴', summary: '', body: '', likeCount: 3, favouriteCount: 2,
    likedByMe: false, favouritedByMe: false, craftsmen: [] }, extra || {}), storyComments: page([]) });

  test('favouriting a story sends favouriteStory and counts it', async () => {
    const view = await opened('stories/detail', [story()], { id: '5' });
    wx.respond(200, { data: { favouriteStory: { story: { id: '5', favouriteCount: 3, favouritedByMe: true } } } });

    view.querySelector('.favourite').dispatchEvent('tap');
    await flush();

    expect(wx.sent[1].query).toMatch(/^mutation FavouriteStory\b/);
    expect(wx.sent[1].variables).toEqual({ storyId: '5' });
    expect(view.querySelector('.favourite').dom.textContent).toContain('已收藏 3');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已收藏' });
  });

  test('favouriting from the list sends favouriteStory', async () => {
    const view = await opened('stories/list/list', [{ stories: page([{ id: '5', title: '一根主轴', summary: '', likeCount: 3 }]) }]);
    wx.respond(200, { data: { favouriteStory: { story: { id: '5', favouriteCount: 1, favouritedByMe: true } } } });
    view.querySelector('.favourite').dispatchEvent('tap');
    await flush();
    expect(wx.sent[1].query).toMatch(/^mutation FavouriteStory\b/);
    expect(wx.sent[1].variables).toEqual({ storyId: '5' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已收藏' });
  });

  showsMessageForEachCode('stories/detail', 'query Story', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('stories/detail'),
    act: (view) => view.instance.onLoad({ id: '5' }),
    variables: { id: '5' },
    where: shownIn.toast
  });

  showsMessageForEachCode('stories/detail', 'mutation FavouriteStory', ['NOT_FOUND', 'RATE_LIMITED', 'UNAUTHENTICATED'], {
    open: () => opened('stories/detail', [story()], { id: '5' }),
    act: (view) => view.instance.favourite(),
    variables: { storyId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.favourite').dom.textContent).toContain('收藏 2')
  });

  showsMessageForEachCode('stories/detail', 'mutation LikeStory', ['NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('stories/detail', [story()], { id: '5' }),
    act: (view) => view.instance.like(),
    variables: { storyId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.like').dom.textContent).toContain('点赞 3')
  });

  showsMessageForEachCode('stories/detail', 'mutation CommentOnStory', ['CONTENT_RISKY', 'BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('stories/detail', [story()], { id: '5' }),
    act: (view) => {
      view.instance.type({ detail: { value: '向王师傅学习' } });
      return view.instance.comment();
    },
    variables: { storyId: '5', text: '向王师傅学习' },
    where: shownIn.toast,
    then: (view) => expect(view.instance.data.draft).toBe('向王师傅学习')
  });

  const listed = { stories: page([{ id: '5', title: '一根主轴', summary: '', likeCount: 3 }]) };

  showsMessageForEachCode('stories/list/list', 'query Stories', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('stories/list/list'),
    act: (view) => view.instance.onLoad(),
    variables: { first: 20 },
    where: shownIn.page
  });

  showsMessageForEachCode('stories/list/list', 'mutation LikeStory', ['NOT_FOUND', 'RATE_LIMITED', 'UNAUTHENTICATED'], {
    open: () => opened('stories/list/list', [listed]),
    act: (view) => view.instance.like(tap({ id: '5' })),
    variables: { storyId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.like').dom.textContent).toContain('赞 3')
  });

  showsMessageForEachCode('stories/list/list', 'mutation FavouriteStory', ['NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('stories/list/list', [listed]),
    act: (view) => view.instance.favourite(tap({ id: '5' })),
    variables: { storyId: '5' },
    where: shownIn.toast
  });

  const favourites = { myFavourites: page([{ id: '5', title: '一根主轴', summary: '三十年', coverUrl: null, likeCount: 3, craftsmen: [] }],
    { hasNextPage: true, endCursor: 'c0' }) };

  showsMessageForEachCode('stories/mine/mine', 'query MyFavourites', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('stories/mine/mine'),
    act: (view) => view.instance.onLoad(),
    variables: { first: 20 },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('stories/mine/mine', 'query MyFavourites', ['RATE_LIMITED'], {
    open: () => opened('stories/mine/mine', [favourites]),
    act: (view) => view.instance.onReachBottom(),
    variables: { first: 20, after: 'c0' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelectorAll('.story').length).toBe(1)
  });

  showsMessageForEachCode('stories/mine/mine', 'mutation UnfavouriteStory', ['NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('stories/mine/mine', [favourites]),
    act: (view) => view.instance.remove(tap({ id: '5' })),
    variables: { storyId: '5' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelectorAll('.story').length).toBe(1)
  });
});

// ---- membership

describe('membership', () => {
  showsMessageForEachCode('member/verify', 'mutation VerifyMemberCard', ['FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED'], {
    open: () => load('member/verify'),
    act: (view) => view.instance.onLoad({ scene: 'M16-T4Z7K0-ABCDEFGHJK' }),
    variables: { code: 'M16-T4Z7K0-ABCDEFGHJK' },
    messages: { FORBIDDEN: '仅限工会组织者核验会员卡' },
    then: (view) => expect(view.querySelector('.result')).toBeUndefined()
  });

  const me = { me: { id: '8', phone: '138****8000', orgUnit: { id: '7', name: '西溪街道总工会' }, membership: null, membershipApplication: null } };

  showsMessageForEachCode('member/apply', 'query MyMembershipApplication', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('member/apply'),
    act: (view) => view.instance.onLoad({}),
    then: (view) => expect(view.querySelector('.application')).toBeUndefined()
  });

  showsMessageForEachCode('member/apply', 'mutation ApplyForMembership', ['PHONE_REQUIRED', 'BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('member/apply', [me], {}),
    act: (view) => {
      view.instance.input({ currentTarget: { dataset: { field: 'realName' } }, detail: { value: '王建国' } });
      view.instance.input({ currentTarget: { dataset: { field: 'employer' } }, detail: { value: '杭州汽轮' } });
      return view.instance.submit();
    },
    variables: { input: { orgUnitId: '7', realName: '王建国', employer: '杭州汽轮' } },
    then: (view) => {
      expect(view.querySelector('.application')).toBeUndefined();
      expect(view.querySelector('.submit')).toBeDefined();
      expect(view.instance.data.busy).toBe(false);
    }
  });
});

// ---- help requests (12351)

describe('help requests', () => {
  showsMessageForEachCode('help/submit', 'mutation SubmitHelpRequest', ['CONTENT_RISKY', 'BAD_USER_INPUT', 'RATE_LIMITED', 'UNAUTHENTICATED'], {
    open: async () => {
      const view = load('help/submit');
      await view.instance.onLoad({});
      return view;
    },
    act: (view) => {
      view.instance.choose(tap({ value: 'WAGE_ARREARS' }));
      view.instance.input({ detail: { value: '十月工资未发' } });
      return view.instance.submit();
    },
    variables: { input: { category: 'WAGE_ARREARS', description: '十月工资未发', callBack: false, cityCode: '330100' } },
    then: (view) => {
      expect(wx.navigateTo).not.toHaveBeenCalled();
      expect(view.instance.data.busy).toBe(false);
    }
  });

  const closed = { helpRequest: { id: '42', category: 'WAGE_ARREARS', description: '十月工资未发', photoUrls: [], contactPhone: null,
    callBack: false, status: 'CLOSED', overdue: false, createdAt: '2026-11-20T09:00:00+08:00', outcome: '已追回欠薪', stars: null,
    ratingComment: null, orgUnit: { id: '7', name: '西溪街道总工会' },
    timeline: page([{ id: '1', kind: 'CLOSED', note: '已追回欠薪', at: '2026-11-22T09:00:00+08:00', orgUnit: { id: '7', name: '西溪街道总工会' },
      toOrgUnit: null }]) } };

  showsMessageForEachCode('help/detail', 'query HelpRequest', ['NOT_FOUND', 'RATE_LIMITED', 'INTERNAL'], {
    open: () => load('help/detail'),
    act: (view) => view.instance.onLoad({ id: '42' }),
    variables: { id: '42' },
    then: (view) => expect(view.querySelector('.summary')).toBeUndefined()
  });

  showsMessageForEachCode('help/detail', 'mutation RateHelpRequest', ['BAD_USER_INPUT', 'CONTENT_RISKY', 'FORBIDDEN', 'NOT_FOUND',
    'RATE_LIMITED'], {
    open: () => opened('help/detail', [closed], { id: '42' }),
    act: (view) => {
      view.instance.star(tap({ stars: '4' }));
      view.instance.input({ detail: { value: '很及时' } });
      return view.instance.rate();
    },
    variables: { input: { id: '42', stars: 4, comment: '很及时' } },
    then: (view) => {
      expect(view.querySelector('.rate')).toBeDefined();
      expect(view.querySelector('.rated')).toBeUndefined();
    }
  });

  showsMessageForEachCode('help/mine', 'query MyHelpRequests', ['RATE_LIMITED', 'UNAUTHENTICATED', 'INTERNAL'], {
    open: () => load('help/mine'),
    act: (view) => view.instance.onLoad(),
    variables: { first: 20, after: null },
    then: (view) => expect(view.querySelector('.none')).toBeUndefined()
  });
});
