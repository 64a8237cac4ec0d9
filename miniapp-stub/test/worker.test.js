// The worker pages of every domain: events (filters, questions, my registrations), interest groups,
// reading rooms (seat choice, check-in by scan, step away, check out, my bookings), lectures (my
// reminders, check-in), craftsmen and stories (likes and favourites taken back, my favourites), and
// the first screens shown from the last good answer.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

const event = (extra) => Object.assign({ id: '7', title: '读书会', summary: '共读一本书', body: null, status: 'PUBLISHED',
  startsAt: '2026-12-20T06:00:00Z', endsAt: '2026-12-20T08:00:00Z', registrationOpensAt: '2026-12-01T00:00:00Z',
  registrationClosesAt: '2026-12-20T06:00:00Z', capacity: 30, remainingSeats: 0, waitlistEnabled: true, waitlistCount: 2,
  kind: 'DEMONSTRATION', category: 'READING', audience: 'PUBLIC', organizer: { name: '杭州市总工会' },
  venue: { name: '书屋', address: '天目山路', lat: 30.27, lng: 120.12 }, questions: [], myRegistration: null,
  eligibility: { allowed: true, code: null, reason: null } }, extra || {});

describe('events', () => {
  const listed = { data: { events: page([{ id: '1', title: '乒乓球联赛', startsAt: '2026-12-20T06:00:00Z', remainingSeats: 4,
    category: 'SPORTS', kind: 'LEAGUE_MATCH', distanceMeters: 1500, venue: { name: '体育馆' } }]) } };

  test('the list filters by city, category, kind, dates and keywords, and sorts by distance', async () => {
    wx.respond(200, listed);
    const list = load('events/list/list');
    await list.instance.onLoad({});
    await flush();
    expect(wx.sent[0].variables).toEqual({ filter: { cityCode: '330100' }, orderBy: 'SOONEST', near: null, first: 20, after: null });
    expect(list.querySelector('.event').dom.textContent).toContain('联赛 · 余 4 个名额');

    const tap = (key, value) => list.instance.filter({ currentTarget: { dataset: { key, value } } });
    wx.respond(200, listed);
    await tap('city', '330200');
    wx.respond(200, listed);
    await tap('category', 'SPORTS');
    wx.respond(200, listed);
    await tap('kind', 'LEAGUE_MATCH');
    wx.respond(200, listed);
    await list.instance.pickDate({ currentTarget: { dataset: { key: 'from' } }, detail: { value: '2026-12-01' } });
    wx.respond(200, listed);
    await list.instance.pickDate({ currentTarget: { dataset: { key: 'to' } }, detail: { value: '2026-12-31' } });
    list.instance.type({ detail: { value: ' 乒乓 ' } });
    wx.respond(200, listed);
    await list.instance.search();
    expect(wx.sent[6].variables.filter).toEqual({ cityCode: '330200', category: 'SPORTS', kind: 'LEAGUE_MATCH',
      from: '2026-12-01', to: '2026-12-31', keyword: '乒乓' });

    wx.respond(200, listed);
    await list.instance.sort({ currentTarget: { dataset: { order: 'NEAREST' } } });
    expect(wx.sent[7].variables).toMatchObject({ orderBy: 'NEAREST', near: { lat: 30.27, lng: 120.12 } });
    // venues are placed with wx.chooseLocation, which answers in GCJ-02: the worker's position must be too
    expect(wx.getLocation).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'gcj02' }));
    await flush();
    expect(list.querySelector('.event').dom.textContent).toContain('1.5 公里');

    wx.respond(200, listed);
    await tap('city', '');
    expect(wx.sent[8].variables.filter.cityCode).toBeUndefined();
  });

  test('opened for a category from another page', async () => {
    wx.respond(200, listed);
    const list = load('events/list/list');
    await list.instance.onLoad({ category: 'SPORTS', city: '330300' });
    expect(wx.sent[0].variables.filter).toEqual({ cityCode: '330300', category: 'SPORTS' });
  });

  test('sign-up questions: a required one is asked for, a choice is picked, and the waitlist position is told', async () => {
    wx.respond(200, { data: { event: event({ questions: [
      { id: 'q1', label: '所在单位', kind: 'TEXT', required: true, options: [] },
      { id: 'q2', label: '场次', kind: 'CHOICE', required: false, options: ['上午', '下午'] }] }) } });
    const detail = load('events/detail');
    await detail.instance.onLoad({ id: '7' });
    await flush();
    expect(detail.dom.textContent).toContain('余 0 个名额，满员可候补');

    await detail.instance.register();
    expect(wx.sent.length).toBe(1);
    expect(wx.showToast).toHaveBeenCalledWith({ title: '请填写：所在单位', icon: 'none' });

    detail.instance.answer({ currentTarget: { dataset: { question: 'q1' } }, detail: { value: '杭汽轮 ' } });
    detail.instance.choose({ currentTarget: { dataset: { question: 'q2' } }, detail: { value: '1' } });
    await flush();
    expect(detail.querySelector('.choice').dom.textContent).toContain('下午');
    wx.respond(200, { data: { registerForEvent: { registration: { id: '9', status: 'WAITLISTED', waitlistPosition: 3, checkInCode: null } } } });
    wx.respond(200, { data: { event: event({ myRegistration: { id: '9', status: 'WAITLISTED', waitlistPosition: 3, checkInCode: null, checkInQrCode: null } }) } });
    await detail.instance.register();
    await flush();

    expect(wx.sent[1].variables).toEqual({ eventId: '7', answers: [{ questionId: 'q1', value: '杭汽轮' }, { questionId: 'q2', value: '下午' }] });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已进入候补第 3 位' });
    expect(detail.querySelector('.registration').dom.textContent).toContain('候补中（第 3 位）');
  });

  test('a cancelled event offers no registration', async () => {
    wx.respond(200, { data: { event: event({ status: 'CANCELLED', cancelReason: '天气原因' }) } });
    const detail = load('events/detail');
    await detail.instance.onLoad({ id: '7' });
    await flush();
    expect(detail.querySelector('.register')).toBeUndefined();
    expect(detail.querySelector('.cancelled').dom.textContent).toContain('天气原因');
  });

  test('my registrations: the last list at once, then the fresh one; the code; cancel', async () => {
    const registrations = (title) => ({ myRegistrations: page([{ id: '9', status: 'CONFIRMED', waitlistPosition: null, checkInCode: 'K7Q2',
      checkedInAt: null, event: { id: '7', title, startsAt: '2026-12-20T06:00:00Z', status: 'PUBLISHED', venue: { name: '书屋' } } }]) });
    wx.setStorageSync('cache:myRegistrations', { savedAt: 1, data: registrations('上次的读书会') });
    wx.respond(200, { data: registrations('读书会') });
    const mine = load('events/mine/mine');
    const loading = mine.instance.onLoad();
    await Promise.resolve();
    expect(mine.instance.data.stale).toBe(true);
    expect(mine.instance.data.registrations[0].event.title).toBe('上次的读书会');
    await loading;
    await flush();
    expect(mine.instance.data.stale).toBe(false);
    expect(mine.querySelector('.registration').dom.textContent).toContain('读书会');
    expect(mine.querySelector('.code').dom.textContent).toContain('K7Q2');

    mine.querySelector('.code').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/events/checkin?id=7' });

    wx.respond(200, { data: { cancelRegistration: { registration: { id: '9', status: 'CANCELLED' } } } });
    wx.respond(200, { data: { myRegistrations: page([]) } });
    await mine.instance.cancel({ currentTarget: { dataset: { id: '7' } } });
    await flush();
    expect(wx.sent[1].variables).toEqual({ eventId: '7' });
    expect(mine.querySelector('.empty').dom.textContent).toContain('还没有报名');
  });

  test('interest groups: join, leave, and the group\'s activities', async () => {
    wx.respond(200, { data: { interestGroups: page([{ id: '4', name: '书法小组', description: '每周六练字', category: 'ARTS', memberCount: 12,
      joined: false, membersOnly: true, orgUnit: { id: '7', name: '西溪街道总工会' } }]) } });
    const groups = load('groups/list/list');
    await groups.instance.onLoad();
    await flush();
    expect(groups.querySelector('.group').dom.textContent).toContain('书法小组（限会员）');

    wx.respond(200, { data: { joinInterestGroup: { group: { id: '4', memberCount: 13, joined: true } } } });
    await groups.instance.join({ currentTarget: { dataset: { id: '4' } } });
    await flush();
    expect(wx.sent[1].query).toContain('mutation JoinInterestGroup');
    expect(groups.querySelector('.group').dom.textContent).toContain('13 人');
    expect(groups.querySelector('.leave')).toBeDefined();

    wx.respond(200, { data: { events: page([{ id: '70', title: '周六练字', startsAt: '2026-11-28T01:00:00Z', remainingSeats: null,
      category: 'ARTS', kind: 'INTEREST_GROUP', distanceMeters: null, venue: { name: '活动室' } }]) } });
    await groups.instance.activities({ currentTarget: { dataset: { id: '4' } } });
    await flush();
    expect(wx.sent[2].variables).toEqual({ filter: { interestGroupId: '4' }, first: 20 });
    expect(groups.querySelector('.activity').dom.textContent).toContain('11-28 09:00 周六练字');

    wx.respond(200, { data: { leaveInterestGroup: { group: { id: '4', memberCount: 12, joined: false } } } });
    await groups.instance.leave({ currentTarget: { dataset: { id: '4' } } });
    await flush();
    expect(wx.sent[3].query).toContain('mutation LeaveInterestGroup');
    expect(groups.querySelector('.join')).toBeDefined();
  });
});

describe('reading rooms', () => {
  const room = { data: { readingRoom: { id: '3', name: '西溪街道职工书屋', address: '天目山路', seatCount: 24, facilities: ['空调'],
    openingHours: [], seats: [{ seatNo: 4, powerSocket: true, accessible: false, inService: true },
      { seatNo: 5, powerSocket: false, accessible: true, inService: true }],
    availability: [{ from: '09:00', to: '10:00', freeSeats: 2, freeSeatNos: [4, 5] }] } } };
  const booking = (status) => ({ id: '77', status, seatNo: 4, date: '2026-11-26', from: '09:00', to: '10:00', checkedInAt: null,
    room: { id: '3', name: '西溪街道职工书屋', address: '天目山路' } });

  test('choosing a seat books that seat; a seat just taken reloads the slots', async () => {
    wx.respond(200, room);
    const detail = load('rooms/detail');
    await detail.instance.onLoad({ id: '3' });
    await flush();

    detail.querySelector('.choose').dispatchEvent('tap');
    await flush();
    const seats = detail.querySelectorAll('.seat');
    expect(seats.map((seat) => seat.dom.textContent)).toEqual(['4 号（插座）', '5 号（无障碍）']);

    wx.respond(200, { errors: [{ message: 'taken', extensions: { code: 'SEAT_TAKEN' } }] });
    wx.respond(200, room);
    await detail.instance.book({ currentTarget: { dataset: { seat: 5 } } });
    expect(wx.sent[1].variables).toEqual({ roomId: '3', date: detail.instance.data.date, from: '09:00', to: '10:00', seatNo: 5 });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '该座位已被预约，请换一个', icon: 'none' });
    expect(wx.sent[2].query).toContain('query RoomAvailability');
  });

  test('a booking\'s page: check in by scanning the desk QR, step away, back, check out', async () => {
    wx.respond(200, { data: { myBookings: page([booking('BOOKED')]) } });
    const page_ = load('rooms/booking');
    await page_.instance.onLoad({ id: '77' });
    await flush();
    expect(page_.querySelector('.status').dom.textContent).toContain('待签到');

    wx.scanCode.mockImplementation((options) => options.success({ path: 'pages/rooms/checkin?scene=d%3DAB12', result: '' }));
    wx.respond(200, { data: { checkInBooking: { booking: Object.assign(booking('CHECKED_IN'), { room: { name: '西溪街道职工书屋' } }) } } });
    await page_.instance.checkIn();
    await flush();
    expect(wx.scanCode).toHaveBeenCalledWith(expect.objectContaining({ onlyFromCamera: true }));
    expect(wx.sent[1].variables).toEqual({ code: 'AB12' });
    expect(page_.querySelector('.status').dom.textContent).toContain('使用中');
    expect(page_.querySelector('.cancel')).toBeUndefined();

    wx.respond(200, { data: { stepAway: { booking: { id: '77', status: 'AWAY' } } } });
    await page_.instance.stepAway();
    await flush();
    expect(wx.sent[2].query).toContain('mutation StepAway');
    expect(wx.sent[2].variables).toEqual({ id: '77' });
    expect(page_.querySelector('.check-in').dom.textContent).toContain('扫码回座');

    wx.respond(200, { data: { checkOut: { booking: { id: '77', status: 'COMPLETED' } } } });
    await page_.instance.checkOut();
    await flush();
    expect(wx.sent[3].query).toContain('mutation CheckOut');
    expect(page_.querySelector('.status').dom.textContent).toContain('已完成');
    expect(page_.querySelector('.check-out')).toBeUndefined();
  });

  test('a desk code out of its window says why on the booking\'s page', async () => {
    wx.respond(200, { data: { myBookings: page([booking('BOOKED')]) } });
    const page_ = load('rooms/booking');
    await page_.instance.onLoad({ id: '77' });
    wx.scanCode.mockImplementation((options) => options.success({ result: 'AB12' }));
    wx.respond(200, { errors: [{ message: 'closed', extensions: { code: 'CHECK_IN_CLOSED' } }] });

    await page_.instance.checkIn();
    await flush();
    expect(page_.querySelector('.error').dom.textContent).toContain('不在签到时间内');
  });

  test('my bookings: the last list at once, then the fresh one; cancel', async () => {
    wx.setStorageSync('cache:myBookings', { savedAt: 1, data: { myBookings: page([booking('BOOKED')]) } });
    wx.respond(200, { data: { myBookings: page([booking('BOOKED')]) } });
    const mine = load('rooms/mine/mine');
    const loading = mine.instance.onLoad();
    expect(mine.instance.data.stale).toBe(true);
    await loading;
    await flush();
    expect(mine.querySelector('.booking').dom.textContent).toContain('4 号座');

    wx.respond(200, { data: { cancelBooking: { booking: { id: '77', status: 'CANCELLED' } } } });
    wx.respond(200, { data: { myBookings: page([booking('CANCELLED')]) } });
    await mine.instance.cancel({ currentTarget: { dataset: { id: '77' } } });
    await flush();
    expect(wx.sent[1].variables).toEqual({ id: '77' });
    expect(mine.querySelector('.status').dom.textContent).toContain('已取消');
    expect(mine.querySelector('.cancel')).toBeUndefined();
  });

  test('the rooms list leads to my bookings and checks in by scanning', async () => {
    wx.respond(200, { data: { readingRooms: page([]) } });
    const list = load('rooms/list/list');
    await list.instance.onLoad();
    list.querySelector('.mine').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/rooms/mine/mine' });

    wx.scanCode.mockImplementation((options) => options.success({ path: 'pages/rooms/checkin?scene=d%3DZZ9', result: '' }));
    wx.respond(200, { data: { checkInBooking: { booking: booking('CHECKED_IN') } } });
    list.instance.scanToCheckIn();
    await flush();
    expect(wx.sent[1].variables).toEqual({ code: 'ZZ9' });
  });
});

describe('lectures', () => {
  const lecture = (extra) => ({ data: { lecture: Object.assign({ id: '5', topic: '班前十分钟', summary: '', startsAt: '2026-11-26T00:00:00Z',
    endsAt: '2026-11-26T00:10:00Z', durationMinutes: 10, status: 'SCHEDULED', cancelReason: null, liveUrl: null, replayUrl: 'https://v.example/r',
    remindMe: true, checkInCode: null, attendeeCount: 0, classroom: { name: '食堂', mode: 'OFFLINE', address: '一号厂房' },
    lecturers: [{ id: '8', name: '王师傅' }] }, extra || {}) } });

  test('no more reminder, the replay link, and check-in by scanning or typing the room\'s code', async () => {
    wx.respond(200, lecture());
    const detail = load('lectures/detail');
    await detail.instance.onLoad({ id: '5' });
    await flush();
    expect(detail.querySelector('.reminded').dom.textContent).toContain('已设置开讲提醒');

    wx.respond(200, { data: { cancelReminder: { lecture: { id: '5', remindMe: false } } } });
    await detail.instance.cancelReminder();
    await flush();
    expect(wx.sent[1].query).toContain('mutation CancelReminder');
    expect(detail.querySelector('.remind')).toBeDefined();

    detail.querySelector('.link').dispatchEvent('tap');
    await flush();
    expect(wx.setClipboardData).toHaveBeenCalledWith({ data: 'https://v.example/r' });

    wx.scanCode.mockImplementation((options) => options.success({ result: 'WRONG' }));
    wx.respond(200, { errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] });
    await detail.instance.scanToCheckIn();
    await flush();
    expect(wx.sent[2].query).toContain('mutation CheckInLecture');
    expect(wx.sent[2].variables).toEqual({ code: 'WRONG' });
    expect(detail.querySelector('.error').dom.textContent).toContain('签到码不对');

    detail.instance.type({ detail: { value: 'L-4821' } });
    wx.respond(200, { data: { checkInLecture: { lecture: { id: '5', topic: '班前十分钟' } } } });
    await detail.instance.submitTyped();
    await flush();
    expect(wx.sent[3].variables).toEqual({ code: 'L-4821' });
    expect(detail.querySelector('.checked-in').dom.textContent).toContain('已签到');
  });

  test('an online session has no check-in', async () => {
    wx.respond(200, lecture({ classroom: { name: '云课堂', mode: 'ONLINE', address: null } }));
    const detail = load('lectures/detail');
    await detail.instance.onLoad({ id: '5' });
    await flush();
    expect(detail.querySelector('.check-in')).toBeUndefined();
  });

  test('my reminders from the last good answer, then fresh; no more reminder takes one out', async () => {
    const reminders = (topic) => ({ myReminders: page([{ id: '5', topic, startsAt: '2026-11-26T00:00:00Z', durationMinutes: 10,
      status: 'SCHEDULED', classroom: { name: '食堂', mode: 'OFFLINE' } }]) });
    wx.setStorageSync('cache:myReminders', { savedAt: 1, data: reminders('旧') });
    wx.respond(200, { data: reminders('班前十分钟') });
    const mine = load('lectures/mine/mine');
    const loading = mine.instance.onLoad();
    expect(mine.instance.data.lectures[0].topic).toBe('旧');
    await loading;
    await flush();
    expect(mine.querySelector('.lecture').dom.textContent).toContain('11-26 08:00 · 10 分钟 · 食堂');

    wx.respond(200, { data: { cancelReminder: { lecture: { id: '5', remindMe: false } } } });
    await mine.instance.cancel({ currentTarget: { dataset: { id: '5' } } });
    await flush();
    expect(mine.querySelector('.empty')).toBeDefined();
  });

  test('the schedule leads to my reminders and a session\'s page', async () => {
    wx.respond(200, { data: { lectureDays: [{ date: '2026-11-25', count: 1 }] } });
    wx.respond(200, { data: { lectures: page([{ id: '5', topic: '班前十分钟', startsAt: 'x', durationMinutes: 10, status: 'SCHEDULED',
      remindMe: false, classroom: { name: '食堂', mode: 'OFFLINE' }, lecturers: [] }]) } });
    const list = load('lectures/list/list');
    await list.instance.onLoad();
    await flush();
    list.querySelector('.mine').dispatchEvent('tap');
    list.querySelector('.title').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/lectures/mine/mine' });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/lectures/detail?id=5' });
  });
});

describe('craftsmen and stories', () => {
  test('craftsmen by honour and keyword, without the token', async () => {
    const craftsmen = { data: { craftsmen: page([{ id: '8', name: '王师傅', enterprise: '杭州汽轮', trade: '钳工', portraitUrl: null,
      honours: [{ honour: 'GREAT_CRAFTSMAN', year: 2022 }] }]) } };
    wx.respond(200, craftsmen);
    const list = load('craftsmen/list/list');
    await list.instance.onLoad();
    await flush();
    expect(wx.sent[0].header.Authorization).toBeUndefined();
    expect(list.querySelector('.craftsman').dom.textContent).toContain('2022 大国工匠');

    wx.respond(200, craftsmen);
    await list.instance.filter({ currentTarget: { dataset: { honour: 'GREAT_CRAFTSMAN' } } });
    list.instance.type({ detail: { value: '钳工' } });
    wx.respond(200, craftsmen);
    await list.instance.search();
    expect(wx.sent[2].variables.filter).toEqual({ honour: 'GREAT_CRAFTSMAN', keyword: '钳工' });

    list.querySelector('.craftsman').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/craftsmen/detail?id=8' });
  });

  test('a liked and favourited story: the like and the favourite are taken back', async () => {
    wx.respond(200, { data: { story: { id: '5', title: '一根主轴', summary: '', body: '', likeCount: 3, favouriteCount: 2, likedByMe: true,
      favouritedByMe: true, craftsmen: [{ id: '8', name: '王师傅', honours: [] }] }, storyComments: page([]) } });
    const story = load('stories/detail');
    await story.instance.onLoad({ id: '5' });
    await flush();

    wx.respond(200, { data: { unlikeStory: { story: { id: '5', likeCount: 2, likedByMe: false } } } });
    await story.instance.like();
    wx.respond(200, { data: { unfavouriteStory: { story: { id: '5', favouriteCount: 1, favouritedByMe: false } } } });
    await story.instance.favourite();
    await flush();

    expect(wx.sent[1].query).toContain('mutation UnlikeStory');
    expect(wx.sent[2].query).toContain('mutation UnfavouriteStory');
    expect(story.querySelector('.like').dom.textContent).toContain('点赞 2');
    expect(story.querySelector('.favourite').dom.textContent).toContain('收藏 1');

    wx.respond(200, { data: { likeStory: { story: { id: '5', likeCount: 3, likedByMe: true } } } });
    await story.instance.like();
    expect(wx.sent[3].query).toContain('mutation LikeStory');

    story.querySelector('.craftsman').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/craftsmen/detail?id=8' });
  });

  test('my favourites, and taking one out', async () => {
    wx.respond(200, { data: { myFavourites: page([{ id: '5', title: '一根主轴', summary: '三十年', coverUrl: null, likeCount: 3, craftsmen: [] }]) } });
    const mine = load('stories/mine/mine');
    await mine.instance.onLoad();
    await flush();
    expect(wx.sent[0].query).toContain('query MyFavourites');
    expect(mine.querySelector('.story').dom.textContent).toContain('一根主轴');

    wx.respond(200, { data: { unfavouriteStory: { story: { id: '5', favouriteCount: 0, favouritedByMe: false } } } });
    await mine.instance.remove({ currentTarget: { dataset: { id: '5' } } });
    await flush();
    expect(mine.querySelector('.empty').dom.textContent).toContain('还没有收藏');
  });

  test('the stories list leads to my favourites and the craftsmen', async () => {
    wx.respond(200, { data: { stories: page([]) } });
    const list = load('stories/list/list');
    await list.instance.onLoad();
    list.querySelector('.favourites').dispatchEvent('tap');
    list.querySelector('.craftsmen').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/stories/mine/mine' });
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/craftsmen/list/list' });
  });
});

describe('first screens on a weak network', () => {
  const popular = (title) => ({ popularEvents: { edges: [{ node: { id: '1', title, startsAt: 'x', remainingSeats: 3, category: 'CULTURE',
    venue: { name: '剧场' } } }] } });

  test('home shows the last good popular events at once, then the fresh ones', async () => {
    wx.setStorageSync('cache:popularEvents:330100', { savedAt: 1, data: popular('昨天的演出') });
    wx.respond(200, { data: popular('今天的演出') });
    const home = load('index/index');

    const loading = home.instance.onLoad();
    await Promise.resolve();
    expect(home.instance.data.events[0].title).toBe('昨天的演出');
    expect(home.instance.data.stale).toBe(true);
    await loading;
    await flush();

    expect(home.querySelector('.event').dom.textContent).toContain('今天的演出');
    expect(home.querySelector('.stale')).toBeUndefined();
    expect(wx.getStorageSync('cache:popularEvents:330100').data).toEqual(popular('今天的演出'));
  });

  test('home keeps the last good list when the network fails, and says so', async () => {
    wx.setStorageSync('cache:popularEvents:330100', { savedAt: 1, data: popular('昨天的演出') });
    wx.failNext('request:fail');
    wx.failNext('request:fail');
    wx.failNext('request:fail timeout');
    require('../utils/graphql').settings.baseDelayMs = 1;
    const home = load('index/index');

    await home.instance.onLoad();
    await flush();

    expect(wx.sent.length).toBe(3);
    expect(home.querySelector('.event').dom.textContent).toContain('昨天的演出');
    expect(home.querySelector('.error').dom.textContent).toContain('网络不给力，显示的是上次的内容');
    require('../utils/graphql').settings.baseDelayMs = 600;
  });

  test('me shows the last good answers at once, then fresh ones; organizers get their entry', async () => {
    const registrations = (title) => ({ myRegistrations: page([{ id: '9', status: 'CONFIRMED', waitlistPosition: null, checkInCode: 'K',
      checkedInAt: null, event: { id: '7', title, startsAt: 'x', status: 'PUBLISHED', venue: { name: '书屋' } } }]) });
    const bookings = { myBookings: page([]) };
    wx.setStorageSync('cache:me', { savedAt: 1, data: organizerMe });
    wx.setStorageSync('cache:me:registrations', { savedAt: 1, data: registrations('旧报名') });
    wx.setStorageSync('cache:me:bookings', { savedAt: 1, data: bookings });
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: registrations('新报名') });
    wx.respond(200, { data: bookings });
    const me = load('me/me');

    const showing = me.instance.onShow();
    expect(me.instance.data.registrations[0].event.title).toBe('旧报名');
    await showing;
    await flush();

    expect(me.querySelector('.registration').dom.textContent).toContain('新报名 · 已报名');
    me.querySelector('.organizer').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/index/index' });
  });

  test('the home tiles lead to every domain', async () => {
    wx.respond(200, { data: popular('演出') });
    const home = load('index/index');
    await home.instance.onLoad();
    const urls = home.instance.data.tiles.map((tile) => tile.url);
    expect(urls).toEqual(['/pages/events/list/list', '/pages/rooms/list/list', '/pages/stations/list/list', '/pages/lectures/list/list', '/pages/stories/list/list',
      '/pages/groups/list/list', '/pages/member/card', '/pages/me/me']);
  });
});
