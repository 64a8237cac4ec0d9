// The organizer pages: publish and edit events with every field, attendees and the CSV, scan
// check-in, the story review queue, membership applications, rooms, lecture scheduling.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

const seasons = { seasons: page([{ id: '11', name: '2026 韵动四季', startsOn: '2026-01-01', endsOn: '2026-12-31' }]) };

async function openPublish(options) {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: seasons });
  const publish = load('organizer/publish/publish');
  await publish.instance.onLoad(options || {});
  await flush();
  return publish;
}

describe('publish an event', () => {
  test('every field goes into createEvent: position from the map, city, kind, category, audience, capacity, waitlist, questions', async () => {
    const publish = await openPublish();
    expect(wx.sent[0].query).toContain('query Me');
    expect(wx.sent[1].query).toContain('query Seasons');

    wx.chooseLocation.mockImplementation((options) => options.success({ name: '宁波文化广场', address: '宁波市鄞州区宁穿路 1901 号',
      latitude: 29.86, longitude: 121.62 }));
    publish.querySelector('.location').dispatchEvent('tap');
    await flush();
    expect(publish.querySelector('.location').dom.textContent).toContain('29.86');

    const set = (field, value) => publish.instance.input({ currentTarget: { dataset: { field } }, detail: { value } });
    set('title', '职工书画展');
    set('summary', '作品展');
    set('body', '展出 200 幅作品');
    set('city', '1'); // 宁波
    set('kind', '1'); // 文化进万家
    set('category', '3'); // 文艺
    set('audience', '1'); // 会员
    set('season', '1');
    set('tags', '书画, 展览');
    set('date', '2026-12-20');
    set('from', '14:00');
    set('to', '16:30');
    set('opensDate', '2026-12-01');
    set('opensTime', '09:00');
    set('closesDate', '2026-12-19');
    set('closesTime', '18:00');
    set('capacity', '80');
    set('waitlistEnabled', false);
    publish.querySelector('.add-question').dispatchEvent('tap');
    publish.querySelector('.add-question').dispatchEvent('tap');
    await flush();
    const ask = (index, field, value) => publish.instance.questionInput({ currentTarget: { dataset: { index, field } }, detail: { value } });
    ask(0, 'label', '所在单位');
    ask(0, 'required', true);
    ask(1, 'label', '参赛组别');
    ask(1, 'kind', '1');
    ask(1, 'options', '书法，国画, 篆刻');
    await flush();
    expect(publish.querySelector('.city').dom.textContent).toContain('宁波');
    expect(publish.querySelector('.kind').dom.textContent).toContain('文化进万家');

    wx.respond(200, { data: { createEvent: { event: { id: '42', status: 'DRAFT' } } } });
    wx.respond(200, { data: { publishEvent: { event: { id: '42', status: 'PUBLISHED' } } } });
    await publish.instance.submit();

    expect(wx.sent[2].query).toContain('mutation CreateEvent');
    expect(wx.sent[2].variables.input).toEqual({
      orgUnitId: '2', seasonId: '11', title: '职工书画展', summary: '作品展', body: '展出 200 幅作品', coverUrl: null,
      kind: 'CULTURE_DELIVERY', category: 'ARTS', audience: 'MEMBERS', tags: ['书画', '展览'],
      venue: { name: '宁波文化广场', address: '宁波市鄞州区宁穿路 1901 号', cityCode: '330200', districtCode: null, lat: 29.86, lng: 121.62 },
      startsAt: '2026-12-20T14:00:00+08:00', endsAt: '2026-12-20T16:30:00+08:00',
      registrationOpensAt: '2026-12-01T09:00:00+08:00', registrationClosesAt: '2026-12-19T18:00:00+08:00',
      capacity: 80, waitlistEnabled: false,
      questions: [{ label: '所在单位', kind: 'TEXT', required: true, options: [] },
        { label: '参赛组别', kind: 'CHOICE', required: false, options: ['书法', '国画', '篆刻'] }]
    });
    expect(wx.sent[3].query).toContain('mutation PublishEvent');
    expect(wx.sent[3].variables).toEqual({ id: '42' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已发布' });
  });

  test('unlimited seats, a draft, and the registration window defaulting to now … the start', async () => {
    const publish = await openPublish();
    publish.instance.setData({ form: Object.assign({}, publish.instance.data.form, { title: '读书会', summary: '共读',
      venue: '书屋', address: '杭州', lat: 30.27, lng: 120.15, date: '2026-12-20', from: '19:00', to: '20:00', capacity: '' }) });
    wx.respond(200, { data: { createEvent: { event: { id: '43', status: 'DRAFT' } } } });

    await publish.instance.saveDraft();

    const input = wx.sent[2].variables.input;
    expect(input).toMatchObject({ capacity: null, kind: 'DEMONSTRATION', category: 'CULTURE', audience: 'PUBLIC', seasonId: null,
      venue: { cityCode: '330100' }, registrationClosesAt: '2026-12-20T19:00:00+08:00', questions: [] });
    expect(input.registrationOpensAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(wx.sent.length).toBe(3);
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存' });
  });

  test('without a position from the map nothing is sent', async () => {
    const publish = await openPublish();
    publish.instance.setData({ 'form.title': '读书会', 'form.summary': '共读', 'form.venue': '书屋', 'form.address': '杭州',
      'form.date': '2026-12-20' });

    await publish.instance.submit();

    expect(wx.sent.length).toBe(2);
    expect(publish.querySelector('.error').dom.textContent).toContain('请填写场馆并在地图上选择位置');
  });

  test('editing loads the event, sends updateEvent with its version, and says when someone else changed it', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: seasons });
    wx.respond(200, { data: { event: { id: '42', title: '职工书画展', summary: '作品展', body: null, coverUrl: null, kind: 'LEAGUE_MATCH',
      category: 'SPORTS', audience: 'ORG_UNIT', tags: ['联赛'], status: 'PUBLISHED', version: 3, season: null,
      organizer: { id: '2', name: '杭州市总工会' },
      venue: { name: '体育馆', address: '杭州', cityCode: '330100', districtCode: '330106', lat: 30.27, lng: 120.15 },
      startsAt: '2026-12-20T06:00:00Z', endsAt: '2026-12-20T08:00:00Z', registrationOpensAt: '2026-12-01T01:00:00Z',
      registrationClosesAt: '2026-12-19T10:00:00Z', capacity: 16, waitlistEnabled: true,
      questions: [{ id: 'q1', label: '球拍', kind: 'CHOICE', required: true, options: ['直拍', '横拍'] }] } } });
    const publish = await load('organizer/publish/publish');
    await publish.instance.onLoad({ id: '42' });
    await flush();

    expect(wx.sent[2].query).toContain('query EventForEdit');
    expect(publish.instance.data.form).toMatchObject({ title: '职工书画展', date: '2026-12-20', from: '14:00', to: '16:00',
      opensDate: '2026-12-01', opensTime: '09:00', closesDate: '2026-12-19', closesTime: '18:00', capacity: '16' });
    expect(publish.querySelector('.kind')).toBeUndefined();
    expect(publish.querySelector('.add-question')).toBeUndefined();
    expect(publish.querySelector('.submit')).toBeUndefined();

    publish.instance.input({ currentTarget: { dataset: { field: 'capacity' } }, detail: { value: '20' } });
    wx.respond(200, { errors: [{ message: 'changed', extensions: { code: 'VERSION_CONFLICT' } }] });
    await publish.instance.saveDraft();

    expect(wx.sent[3].query).toContain('mutation UpdateEvent');
    const input = wx.sent[3].variables.input;
    expect(input).toMatchObject({ id: '42', version: 3, capacity: 20, category: 'SPORTS', audience: 'ORG_UNIT', tags: ['联赛'],
      venue: { districtCode: '330106', cityCode: '330100' }, startsAt: '2026-12-20T14:00:00+08:00' });
    expect(input.kind).toBeUndefined();
    expect(input.questions).toBeUndefined();
    expect(input.orgUnitId).toBeUndefined();
    expect(publish.querySelector('.error').dom.textContent).toContain('内容已被他人修改，请刷新后重试');
  });
});

describe('attendees', () => {
  const attendees = (nodes) => ({ data: { event: { id: '42', title: '职工书画展', capacity: 80, confirmedCount: 2, waitlistCount: 1,
    attendedCount: 1 }, eventAttendees: page(nodes) } });
  const row = (id, status, nickname) => ({ id, status, waitlistPosition: status === 'WAITLISTED' ? 1 : null,
    registeredAt: '2026-12-01T02:00:00Z', checkedInAt: null, answers: [{ questionId: 'q1', label: '所在单位', value: '杭汽轮' }],
    attendee: { nickname, phone: '138****8000', orgUnitName: '西溪街道总工会' } });

  test('the list with answers and a status filter', async () => {
    wx.respond(200, attendees([row('1', 'CONFIRMED', '小王'), row('2', 'WAITLISTED', '小李')]));
    const list = load('organizer/attendees/attendees');
    await list.instance.onLoad({ id: '42' });
    await flush();

    expect(wx.sent[0].query).toContain('query EventAttendees');
    expect(wx.sent[0].variables).toEqual({ eventId: '42', status: null, first: 50, after: null });
    const text = list.querySelectorAll('.attendee').map((item) => item.dom.textContent).join('|');
    expect(text).toContain('小王 138****8000 · 已报名');
    expect(text).toContain('候补中 第1位');
    expect(text).toContain('所在单位：杭汽轮');
    expect(list.querySelector('.summary').dom.textContent).toContain('已报名 2 / 80 · 候补 1 · 已签到 1');

    wx.respond(200, attendees([row('2', 'WAITLISTED', '小李')]));
    list.querySelectorAll('.filter')[2].dispatchEvent('tap');
    await flush();
    expect(wx.sent[1].variables.status).toBe('WAITLISTED');
    expect(list.querySelectorAll('.attendee').length).toBe(1);
  });

  test('the CSV comes from the export endpoint with the token, and is passed on', async () => {
    wx.respond(200, attendees([]));
    const list = load('organizer/attendees/attendees');
    await list.instance.onLoad({ id: '42' });
    await flush();
    wx.downloadFile.mockImplementation((options) => options.success({ statusCode: 200, tempFilePath: 'wxfile://tmp/a.csv' }));

    list.querySelector('.download').dispatchEvent('tap');
    await flush();

    const options = wx.downloadFile.mock.calls[0][0];
    expect(options.url).toBe('http://localhost:8080/api/events/42/attendees.csv');
    expect(options.header).toEqual({ Authorization: 'Bearer T1' });
    expect(wx.shareFileMessage).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://tmp/a.csv', fileName: '报名名单-42.csv' }));
  });

  test('a refused export says so', async () => {
    wx.respond(200, attendees([]));
    const list = load('organizer/attendees/attendees');
    await list.instance.onLoad({ id: '42' });
    await flush();
    wx.downloadFile.mockImplementation((options) => options.success({ statusCode: 403, tempFilePath: 'x' }));

    await list.instance.download();

    expect(wx.shareFileMessage).not.toHaveBeenCalled();
    expect(wx.showToast).toHaveBeenCalledWith({ title: '没有权限导出名单', icon: 'none' });
  });
});

describe('scan check-in', () => {
  const checkedIn = { data: { checkInAttendee: { registration: { id: '9', status: 'ATTENDED', checkedInAt: 'x',
    event: { id: '42', title: '职工书画展' }, attendee: { nickname: '小王', orgUnitName: '西溪街道总工会' } } } } };

  test('scanning a registration\'s mini-program code checks the worker in', async () => {
    wx.respond(200, { data: organizerMe });
    const scan = load('organizer/checkin/checkin');
    await scan.instance.onLoad();
    await flush();
    wx.scanCode.mockImplementation((options) => options.success({ path: 'pages/events/checkin?scene=c%3DK7Q2', result: '' }));
    wx.respond(200, checkedIn);

    scan.querySelector('.scan').dispatchEvent('tap');
    await flush();
    await flush();

    expect(wx.sent[1].query).toContain('mutation CheckInAttendee');
    expect(wx.sent[1].variables).toEqual({ code: 'K7Q2' });
    expect(scan.querySelector('.checked-in').dom.textContent).toContain('小王');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '签到成功' });
  });

  test('a plain code scanned or typed; an unknown one says so', async () => {
    wx.respond(200, { data: organizerMe });
    const scan = load('organizer/checkin/checkin');
    await scan.instance.onLoad();
    wx.scanCode.mockImplementation((options) => options.success({ result: 'K8' }));
    wx.respond(200, { errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] });

    await scan.instance.scan();
    expect(wx.sent[1].variables).toEqual({ code: 'K8' });
    expect(scan.querySelector('.error').dom.textContent).toContain('无效的签到码');

    wx.respond(200, checkedIn);
    scan.instance.type({ detail: { value: ' K9 ' } });
    await scan.instance.submitTyped();
    expect(wx.sent[2].variables).toEqual({ code: 'K9' });
  });

  test('scanning a member card opens the check of that card', async () => {
    wx.respond(200, { data: organizerMe });
    const scan = load('organizer/checkin/checkin');
    await scan.instance.onLoad();
    wx.scanCode.mockImplementation((options) => options.success({ path: 'pages/member/verify?scene=M16-T4Z7K0-ABCDEFGHJK', result: '' }));

    await scan.instance.scanMemberCard();

    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/member/verify?code=M16-T4Z7K0-ABCDEFGHJK' });
  });

  test('the lecture tab shows today\'s sessions with their check-in codes', async () => {
    wx.respond(200, { data: organizerMe });
    const scan = load('organizer/checkin/checkin');
    await scan.instance.onLoad();
    wx.respond(200, { data: { lectures: page([{ id: '5', topic: '班前十分钟', startsAt: '2026-11-26T00:00:00Z', durationMinutes: 10,
      status: 'SCHEDULED', checkInCode: 'L-4821', attendeeCount: 3, classroom: { id: '1', name: '食堂' }, lecturers: [] }]) } });

    scan.querySelector('.lectures-tab').dispatchEvent('tap');
    await flush();

    expect(wx.sent[1].query).toContain('query OrganizerLectures');
    expect(wx.sent[1].variables.filter.orgUnitId).toBe('2');
    expect(scan.querySelector('.lecture').dom.textContent).toContain('签到码：L-4821');
  });
});

describe('story review queue', () => {
  const queue = { data: { storyReviewQueue: page([
    { id: '5', title: '一根主轴', summary: '三十年', body: '正文', coverUrl: null, tags: ['数控'], status: 'IN_REVIEW',
      authorOrgUnit: { name: '杭州市总工会' }, craftsmen: [{ name: '王师傅' }], pendingRevision: null },
    { id: '6', title: '旧标题', summary: '', body: '', coverUrl: 'https://img.example.com/old.jpg', tags: ['旧'], status: 'PUBLISHED',
      authorOrgUnit: { name: '西溪街道总工会' }, craftsmen: [{ name: '李师傅' }],
      pendingRevision: { id: '60', title: '新标题', summary: '修订', body: '新正文', coverUrl: 'https://img.example.com/new.jpg',
        tags: ['焊接'], craftsmen: [{ name: '张师傅' }], status: 'IN_REVIEW', rejectReason: null } }
  ]) } };

  test('publish one, reject another with a reason', async () => {
    wx.respond(200, queue);
    const review = load('organizer/stories/stories');
    await review.instance.onLoad();
    await flush();
    expect(review.querySelectorAll('.story').length).toBe(2);
    expect(review.querySelectorAll('.story')[1].dom.textContent).toContain('新标题（修订）');
    // a revision is reviewed as it would be published: its own cover, tags and craftsmen
    expect(review.querySelectorAll('.cover').length).toBe(1);
    expect(review.instance.data.stories[1].coverUrl).toBe('https://img.example.com/new.jpg');
    expect(review.querySelectorAll('.tags')[1].dom.textContent).toContain('#焊接');
    expect(review.querySelectorAll('.story')[1].dom.textContent).toContain('张师傅');
    expect(review.querySelectorAll('.story')[1].dom.textContent).not.toContain('李师傅');

    wx.respond(200, { data: { publishStory: { story: { id: '5', status: 'PUBLISHED' } } } });
    await review.instance.publish({ currentTarget: { dataset: { id: '5' } } });
    expect(wx.sent[1].query).toContain('mutation PublishStory');
    expect(wx.sent[1].variables).toEqual({ id: '5' });
    expect(review.querySelectorAll('.story').length).toBe(1);

    await review.instance.reject({ currentTarget: { dataset: { id: '6' } } });
    expect(wx.sent.length).toBe(2);
    expect(review.querySelector('.error').dom.textContent).toContain('请填写退回原因');

    review.instance.reason({ currentTarget: { dataset: { id: '6' } }, detail: { value: '照片需授权' } });
    wx.respond(200, { data: { rejectStory: { story: { id: '6', status: 'PUBLISHED' } } } });
    await review.instance.reject({ currentTarget: { dataset: { id: '6' } } });
    expect(wx.sent[2].variables).toEqual({ id: '6', reason: '照片需授权' });
    expect(review.querySelector('.empty').dom.textContent).toContain('没有待审核的故事');
  });

  test('a story WeChat\'s check refuses stays in the queue with the reason', async () => {
    wx.respond(200, queue);
    const review = load('organizer/stories/stories');
    await review.instance.onLoad();
    wx.respond(200, { errors: [{ message: 'risky', extensions: { code: 'CONTENT_RISKY' } }] });

    await review.instance.publish({ currentTarget: { dataset: { id: '5' } } });

    expect(review.querySelectorAll('.story').length).toBe(2);
    expect(review.querySelector('.error').dom.textContent).toContain('内容未通过安全检测');
  });
});

describe('membership applications', () => {
  const application = (id, realName) => ({ id, status: 'PENDING', realName, employer: '杭州汽轮', phone: '13800138000', reason: null,
    createdAt: '2026-11-24T01:00:00Z', reviewedAt: null, orgUnit: { id: '7', name: '西溪街道总工会' } });

  test('pending applications of the organizer\'s union: approve one, reject one with a reason', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { membershipApplications: page([application('5', '王建国'), application('6', '李四')]) } });
    const review = load('organizer/members/members');
    await review.instance.onLoad();
    await flush();

    expect(wx.sent[1].query).toContain('query MembershipApplications');
    expect(wx.sent[1].variables).toEqual({ orgUnitId: '2', status: 'PENDING', first: 20, after: null });
    expect(review.querySelector('.application').dom.textContent).toContain('王建国 · 杭州汽轮');

    wx.respond(200, { data: { reviewMembershipApplication: { application: { id: '5', status: 'APPROVED', reason: null, reviewedAt: 'x' } } } });
    await review.instance.approve({ currentTarget: { dataset: { id: '5' } } });
    expect(wx.sent[2].query).toContain('mutation ReviewMembershipApplication');
    expect(wx.sent[2].variables).toEqual({ id: '5', approve: true, reason: null });
    expect(review.querySelectorAll('.application').length).toBe(1);

    await review.instance.reject({ currentTarget: { dataset: { id: '6' } } });
    expect(wx.sent.length).toBe(3);
    expect(review.querySelector('.error').dom.textContent).toContain('请填写不通过的原因');
    review.instance.reason({ currentTarget: { dataset: { id: '6' } }, detail: { value: '请填写实际工作单位' } });
    wx.respond(200, { data: { reviewMembershipApplication: { application: { id: '6', status: 'REJECTED', reason: '请填写实际工作单位', reviewedAt: 'x' } } } });
    await review.instance.reject({ currentTarget: { dataset: { id: '6' } } });
    expect(wx.sent[3].variables).toEqual({ id: '6', approve: false, reason: '请填写实际工作单位' });
    expect(review.querySelector('.empty').dom.textContent).toContain('没有待审核的申请');
  });

  test('a worker who organizes nothing is told so and nothing is asked', async () => {
    wx.respond(200, { data: { me: Object.assign({}, organizerMe.me, { organizerOf: [] }) } });
    const review = load('organizer/members/members');
    await review.instance.onLoad();

    expect(wx.sent.length).toBe(1);
    expect(review.querySelector('.error').dom.textContent).toContain('仅限工会组织者使用');
  });
});

describe('the organizer\'s events and entry', () => {
  test('events by status: publish a draft, cancel with a reason, open attendees', async () => {
    const events = () => ({ data: { organizerEvents: page([{ id: '42', title: '职工书画展', status: 'DRAFT', startsAt: '2026-12-20T06:00:00Z',
      capacity: 80, confirmedCount: 0, waitlistCount: 0, attendedCount: 0, version: 1, organizer: { name: '杭州市总工会' } }]) } });
    wx.respond(200, events());
    const list = load('organizer/events/events');
    await list.instance.onLoad();
    await flush();
    expect(list.querySelector('.event').dom.textContent).toContain('12-20 14:00 · 草稿');

    wx.respond(200, { data: { publishEvent: { event: { id: '42', status: 'PUBLISHED' } } } });
    wx.respond(200, events());
    list.querySelector('.publish').dispatchEvent('tap');
    await flush();
    await flush();
    expect(wx.sent[1].variables).toEqual({ id: '42' });

    wx.showModal.mockImplementation((options) => options.success({ confirm: true, content: '场地维修' }));
    wx.respond(200, { data: { cancelEvent: { event: { id: '42', status: 'CANCELLED', cancelReason: '场地维修' } } } });
    wx.respond(200, events());
    await list.instance.cancel({ currentTarget: { dataset: { id: '42' } } });
    expect(wx.sent[3].query).toContain('mutation CancelEvent');
    expect(wx.sent[3].variables).toEqual({ id: '42', reason: '场地维修' });

    list.querySelector('.attendees').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/attendees/attendees?id=42' });
  });

  test('the entry lists what an organizer manages', async () => {
    wx.respond(200, { data: organizerMe });
    const hub = load('organizer/index/index');
    await hub.instance.onLoad();
    await flush();

    const tiles = hub.querySelectorAll('.tile');
    expect(hub.instance.data.tiles.map((tile) => tile.url)).toEqual(['/pages/organizer/publish/publish',
      '/pages/organizer/events/events', '/pages/organizer/checkin/checkin', '/pages/organizer/stories/stories',
      '/pages/organizer/comments/comments', '/pages/organizer/members/members', '/pages/organizer/rooms/rooms',
      '/pages/organizer/lectures/lectures', '/pages/organizer/classrooms/classrooms', '/pages/organizer/craftsman/craftsman',
      '/pages/organizer/story/story', '/pages/organizer/groups/groups', '/pages/organizer/seasons/seasons']);
    expect(tiles.length).toBe(13);
    tiles[5].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/members/members' });
  });
});

describe('reading rooms and lectures', () => {
  test('rooms with occupancy and the desk code; closing one for a day needs a reason', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { readingRooms: page([{ id: '3', name: '西溪街道职工书屋', address: '天目山路', seatCount: 24, deskCode: 'D-7',
      deskQrCode: 'data:image/png;base64,AA', bookingHorizonDays: 7, slotMinutes: 60, upcomingClosures: [],
      openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }, { weekday: 2, opens: '08:30', closes: '21:00' }] }]) } });
    wx.respond(200, { data: { roomOccupancy: { seats: 24, inService: 23, bookedNow: 5, checkedInNow: 4, freeNow: 18 } } });
    const rooms = load('organizer/rooms/rooms');
    await rooms.instance.onLoad();
    await flush();

    expect(wx.sent[1].variables).toEqual({ orgUnitId: '2', first: 50 });
    expect(wx.sent[2].variables).toEqual({ roomId: '3' });
    expect(rooms.querySelector('.occupancy').dom.textContent).toContain('已预约 5 · 在座 4 · 空闲 18');
    expect(rooms.querySelector('.desk').dom.textContent).toContain('D-7');

    wx.respond(200, { data: { readingRoom: { id: '3', seats: [{ seatNo: 1, powerSocket: true, accessible: false, inService: true },
      { seatNo: 2, powerSocket: false, accessible: true, inService: true }] } } });
    await rooms.instance.toggle({ currentTarget: { dataset: { id: '3' } } });
    await flush();
    expect(rooms.querySelectorAll('.seat').length).toBe(2);
    wx.respond(200, { data: { setSeatInService: { seat: { seatNo: 2, inService: false } } } });
    wx.respond(200, { data: { roomOccupancy: { seats: 24, inService: 22, bookedNow: 5, checkedInNow: 4, freeNow: 17 } } });
    await rooms.instance.seatInService({ currentTarget: { dataset: { seat: '2' } }, detail: { value: false } });
    await flush();
    expect(wx.sent[4].query).toContain('mutation SetSeatInService');
    expect(wx.sent[4].variables).toEqual({ roomId: '3', seatNo: 2, inService: false });
    expect(rooms.querySelector('.occupancy').dom.textContent).toContain('空闲 17（可用 22/24）');

    expect(rooms.instance.data.hours).toEqual({ weekdays: ['1', '2'], opens: '08:30', closes: '21:00', horizon: '7' });
    rooms.instance.hoursWeekdays({ detail: { value: ['1', '2', '6'] } });
    rooms.instance.hoursInput({ currentTarget: { dataset: { field: 'closes' } }, detail: { value: '20:00' } });
    wx.respond(200, { data: { updateReadingRoom: { room: { id: '3', bookingHorizonDays: 7, openingHours: [] } } } });
    await rooms.instance.saveHours();
    expect(wx.sent[6].query).toContain('mutation UpdateReadingRoom');
    expect(wx.sent[6].variables.input).toEqual({ roomId: '3', bookingHorizonDays: 7, openingHours: [
      { weekday: 1, opens: '08:30', closes: '20:00' }, { weekday: 2, opens: '08:30', closes: '20:00' },
      { weekday: 6, opens: '08:30', closes: '20:00' }] });

    await rooms.instance.close();
    expect(wx.sent.length).toBe(7);
    rooms.instance.reason({ detail: { value: '消防检查' } });
    rooms.instance.pickDay({ detail: { value: '2' } });
    wx.respond(200, { data: { closeReadingRoom: { room: { id: '3', upcomingClosures: [{ date: rooms.instance.data.days[2].date,
      reason: '消防检查' }] }, cancelledBookings: 6 } } });
    await rooms.instance.close();
    expect(wx.sent[7].variables).toEqual({ roomId: '3', date: rooms.instance.data.days[2].date, reason: '消防检查' });
    expect(rooms.querySelector('.closure').dom.textContent).toContain('消防检查');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已闭馆，取消 6 个预约', icon: 'none' });
  });

  test('scheduling a session, and a lecturer\'s clash named', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { classrooms: page([{ id: '1', name: '食堂', mode: 'OFFLINE' }]), craftsmen: page([{ id: '8', name: '王师傅' }]),
      lectureSeries: page([{ id: '4', name: '班前十分钟' }]) } });
    wx.respond(200, { data: { lectures: page([]) } });
    const lectures = load('organizer/lectures/lectures');
    await lectures.instance.onLoad();
    await flush();
    expect(lectures.querySelector('.classroom').dom.textContent).toContain('食堂');

    lectures.instance.pickLecturers({ detail: { value: ['8'] } });
    lectures.instance.input({ currentTarget: { dataset: { field: 'topic' } }, detail: { value: '安全生产' } });
    lectures.instance.input({ currentTarget: { dataset: { field: 'series' } }, detail: { value: '1' } });
    lectures.instance.input({ currentTarget: { dataset: { field: 'date' } }, detail: { value: '2026-12-01' } });
    wx.respond(200, { errors: [{ message: '王师傅 08:00 另有安排', extensions: { code: 'LECTURER_BUSY' } }] });
    await lectures.instance.schedule();

    expect(wx.sent[3].query).toContain('mutation ScheduleLecture');
    expect(wx.sent[3].variables.input).toEqual({ classroomId: '1', seriesId: '4', lecturerIds: ['8'], topic: '安全生产', summary: null,
      startsAt: '2026-12-01T08:00:00+08:00', durationMinutes: 10, capacity: null });
    expect(lectures.querySelector('.error').dom.textContent).toContain('主讲人该时段已有安排：王师傅 08:00 另有安排');

    // every Monday and Wednesday until the 12th, all or none
    lectures.instance.input({ currentTarget: { dataset: { field: 'repeat' } }, detail: { value: true } });
    await lectures.instance.schedule();
    expect(wx.sent.length).toBe(4);
    expect(lectures.querySelector('.error').dom.textContent).toContain('重复排课请选择结束日期和星期');
    lectures.instance.input({ currentTarget: { dataset: { field: 'lastDate' } }, detail: { value: '2026-12-12' } });
    lectures.instance.pickWeekdays({ detail: { value: ['3', '1'] } });
    wx.respond(200, { data: { scheduleLectureSeries: { lectures: [1, 2, 3, 4].map((n) => ({ id: String(n), topic: '安全生产',
      startsAt: 'x', status: 'SCHEDULED' })) } } });
    wx.respond(200, { data: { lectures: page([]) } });
    await lectures.instance.schedule();
    expect(wx.sent[4].query).toContain('mutation ScheduleLectureSeries');
    expect(wx.sent[4].variables.input).toEqual({ classroomId: '1', seriesId: '4', lecturerIds: ['8'], topic: '安全生产', summary: null,
      durationMinutes: 10, capacity: null, firstDate: '2026-12-01', lastDate: '2026-12-12', weekdays: [1, 3], startTime: '08:00' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已排 4 节课' });
  });
});

test('an organizer page opened before the mini-program has logged in logs in first', async () => {
  wx.respond(200, { data: { me: null } });
  wx.respond(200, { data: { login: { token: 'NEW', expiresAt: 'x', user: { id: '3', nickname: '孙丽', roles: ['WORKER', 'ORGANIZER'] } } } });
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { membershipApplications: page([]) } });
  const review = load('organizer/members/members');
  await review.instance.onLoad();
  await flush();

  expect(wx.sent[1].query).toContain('mutation Login');
  expect(wx.sent[2].header.Authorization).toBe('Bearer NEW');
  expect(wx.sent[3].variables.orgUnitId).toBe('2');
  expect(review.querySelector('.error')).toBeUndefined();
});

test('a new reading room: position from the map, seats, weekly hours', async () => {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { readingRooms: page([]) } });
  const rooms = load('organizer/rooms/rooms');
  await rooms.instance.onLoad();
  await flush();
  rooms.querySelector('.new-room').dispatchEvent('tap');
  await flush();

  await rooms.instance.create();
  expect(wx.sent.length).toBe(2);
  expect(rooms.querySelector('.error').dom.textContent).toContain('请填写名称、地址、座位数');

  wx.chooseLocation.mockImplementation((options) => options.success({ name: '湖墅职工书屋', address: '湖墅南路 201 号', latitude: 30.2765, longitude: 120.156 }));
  rooms.instance.roomLocation();
  const set = (field, value) => rooms.instance.roomInput({ currentTarget: { dataset: { field } }, detail: { value } });
  set('seatCount', '12');
  set('powerSocketSeats', '1, 2，30');
  set('facilities', '空调，饮水机');
  set('closes', '20:00');
  set('slot', '0');
  rooms.instance.roomWeekdays({ detail: { value: ['6', '1'] } });
  wx.respond(200, { data: { createReadingRoom: { room: { id: '9', name: '湖墅职工书屋', address: '湖墅南路 201 号', seatCount: 12, deskCode: 'D-9',
    deskQrCode: null, upcomingClosures: [] } } } });
  wx.respond(200, { data: { roomOccupancy: { seats: 12, inService: 12, bookedNow: 0, checkedInNow: 0, freeNow: 12 } } });
  await rooms.instance.create();
  await flush();

  expect(wx.sent[2].query).toContain('mutation CreateReadingRoom');
  expect(wx.sent[2].variables.input).toEqual({ orgUnitId: '2', name: '湖墅职工书屋', address: '湖墅南路 201 号', lat: 30.2765, lng: 120.156,
    seatCount: 12, powerSocketSeats: [1, 2], accessibleSeats: [], facilities: ['空调', '饮水机'],
    openingHours: [{ weekday: 1, opens: '09:00', closes: '20:00' }, { weekday: 6, opens: '09:00', closes: '20:00' }],
    slotMinutes: 30, bookingHorizonDays: 7 });
  expect(rooms.querySelector('.room').dom.textContent).toContain('D-9');
});

test('moving a session keeps its length, and cancelling one needs a reason', async () => {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { classrooms: page([]), craftsmen: page([]), lectureSeries: page([]) } });
  const session = { id: '5', topic: '班前十分钟', startsAt: '2026-11-26T00:00:00Z', durationMinutes: 10, status: 'SCHEDULED',
    checkInCode: 'L-4821', attendeeCount: 0, classroom: { id: '1', name: '食堂' }, lecturers: [] };
  wx.respond(200, { data: { lectures: page([session]) } });
  const lectures = load('organizer/lectures/lectures');
  await lectures.instance.onLoad();
  await flush();
  expect(lectures.querySelector('.lecture').dom.textContent).toContain('签到码：L-4821');

  lectures.instance.startMoving({ currentTarget: { dataset: { id: '5' } } });
  expect(lectures.instance.data.move).toEqual({ date: '2026-11-26', time: '08:00' });
  lectures.instance.moveInput({ currentTarget: { dataset: { field: 'time' } }, detail: { value: '08:30' } });
  wx.respond(200, { data: { rescheduleLecture: { lecture: { id: '5', startsAt: '2026-11-26T00:30:00Z', endsAt: '2026-11-26T00:40:00Z',
    status: 'SCHEDULED' } } } });
  wx.respond(200, { data: { lectures: page([session]) } });
  await lectures.instance.reschedule();
  expect(wx.sent[3].query).toContain('mutation RescheduleLecture');
  expect(wx.sent[3].variables.input).toEqual({ id: '5', startsAt: '2026-11-26T08:30:00+08:00', endsAt: '2026-11-26T00:40:00Z' });
  expect(wx.showToast).toHaveBeenCalledWith({ title: '已改期' });

  wx.showModal.mockImplementation((options) => options.success({ confirm: true, content: '主讲人出差' }));
  wx.respond(200, { data: { cancelLecture: { lecture: { id: '5', status: 'CANCELLED', cancelReason: '主讲人出差' } } } });
  wx.respond(200, { data: { lectures: page([]) } });
  await lectures.instance.cancel({ currentTarget: { dataset: { id: '5' } } });
  expect(wx.sent[5].query).toContain('mutation CancelLecture');
  expect(wx.sent[5].variables).toEqual({ id: '5', reason: '主讲人出差' });
});
