// The organizers' pages for what they keep going: the comments under their units' stories (hidden
// after a confirmation), a session's topic and links, and their classrooms. Each sends its operation
// once and shows the message for each code the portal may answer with.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');
const { set, refusal, errorText, formRules, saysWhenMissing } = require('./forms');
const { MESSAGES } = require('../utils/errors');
const { showsMessageForEachCode } = require('./codes');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

// ---- comments under stories

const story = (id, title, publishedAt, commentCount) => ({ id, title, publishedAt, commentCount, authorOrgUnit: { name: '西溪街道总工会' } });
const comment = (id, text, authorNickname) => ({ id, text, authorNickname, createdAt: '2026-11-24T02:00:00Z' });

async function openComments() {
  wx.respond(200, { data: { story: { id: '5', title: '一根主轴', commentCount: 2 },
    storyComments: page([comment('31', '广告：加微信领红包', '小李'), comment('30', '向王师傅学习', null)]) } });
  const view = load('organizer/comments/comments');
  await view.instance.onLoad({ id: '5' });
  await flush();
  return view;
}

const hide = (view, id) => view.instance.hide({ currentTarget: { dataset: { id } } });

describe('comments under stories', () => {
  test('the units\' published stories with their counts; a draft is left out; a story opens its comments', async () => {
    wx.respond(200, { data: { organizerStories: page([story('6', '还在写的故事', null, 0), story('5', '一根主轴', '2026-11-20T02:00:00Z', 2)],
      { hasNextPage: true, endCursor: 'c1' }) } });
    const view = load('organizer/comments/comments');
    await view.instance.onLoad({});
    await flush();
    expect(wx.sent[0].query).toContain('query StoriesWithComments');
    expect(wx.sent[0].variables).toEqual({ first: 20, after: null });
    const stories = view.querySelectorAll('.story');
    expect(stories.length).toBe(1);
    expect(stories[0].dom.textContent).toContain('一根主轴');
    expect(stories[0].dom.textContent).toContain('2 条评论');

    wx.respond(200, { data: { organizerStories: page([story('4', '焊花', '2026-11-10T02:00:00Z', 0)]) } });
    await view.instance.onReachBottom();
    expect(wx.sent[1].variables).toEqual({ first: 20, after: 'c1' });
    expect(view.querySelectorAll('.story').length).toBe(2);

    stories[0].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/comments/comments?id=5' });
  });

  test('a comment hidden after the confirmation leaves the list; without it nothing is sent', async () => {
    const view = await openComments();
    expect(wx.sent[0].query).toContain('query CommentsToModerate');
    expect(wx.sent[0].variables).toEqual({ id: '5', first: 20, after: null });
    expect(view.querySelectorAll('.comment').length).toBe(2);
    expect(view.querySelector('.comment').dom.textContent).toContain('小李');
    expect(view.querySelectorAll('.comment')[1].dom.textContent).toContain('职工');

    wx.showModal.mockImplementationOnce((options) => options.success({ confirm: false }));
    await hide(view, '31');
    expect(wx.sent.length).toBe(1);

    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.respond(200, { data: { hideComment: { comment: { id: '31', hidden: true } } } });
    await hide(view, '31');
    await flush();
    expect(wx.showModal.mock.calls[1][0].content).toContain('广告：加微信领红包');
    expect(wx.sent[1].query).toContain('mutation HideComment');
    expect(wx.sent[1].variables).toEqual({ id: '31' });
    expect(view.querySelectorAll('.comment').length).toBe(1);
    expect(view.dom.textContent).toContain('1 条评论');
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已隐藏' });
  });

  test('reached from the review queue', async () => {
    wx.respond(200, { data: { storyReviewQueue: page([]) } });
    const review = load('organizer/stories/stories');
    await review.instance.onLoad();
    await flush();
    review.querySelector('.comments').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/comments/comments' });
  });

  test('a story that is not there, and a list the portal refuses, say so', async () => {
    wx.respond(200, { data: { story: null, storyComments: page([]) } });
    const missing = load('organizer/comments/comments');
    await missing.instance.onLoad({ id: '99' });
    await flush();
    expect(errorText(missing)).toContain('故事不存在或尚未发布');

    wx.respond(200, refusal('FORBIDDEN'));
    const refused = load('organizer/comments/comments');
    await refused.instance.onLoad({});
    await flush();
    expect(errorText(refused)).toContain(MESSAGES.FORBIDDEN);
    expect(refused.querySelector('.empty')).toBeUndefined();
  });

  showsMessageForEachCode('organizer/comments/comments', 'mutation HideComment', ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED',
    'RATE_LIMITED', 'INTERNAL'], {
    open: async () => {
      const view = await openComments();
      wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
      return view;
    },
    act: (view) => hide(view, '30'),
    variables: { id: '30' },
    then: (view) => {
      expect(view.querySelectorAll('.comment').length).toBe(2);
      expect(view.instance.data.busy).toBe(false);
    }
  });

  showsMessageForEachCode('organizer/comments/comments', 'query CommentsToModerate', ['FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => load('organizer/comments/comments'),
    act: (view) => view.instance.onLoad({ id: '5' }),
    variables: { id: '5', first: 20, after: null }
  });
});

// ---- a session's topic and links

const lecture = { id: '42', topic: '班前十分钟：安全帽', summary: '正确佩戴', liveUrl: null, replayUrl: null, status: 'DONE', cancelReason: null,
  startsAt: '2026-11-24T00:00:00Z', durationMinutes: 10, classroom: { id: '7', name: '食堂二楼', mode: 'OFFLINE' } };

async function openLecture() {
  wx.respond(200, { data: { lecture } });
  const view = load('organizer/lecture/lecture');
  await view.instance.onLoad({ id: '42' });
  await flush();
  return view;
}

describe('a session\'s topic and links', () => {
  test('the session read; topic, summary and the replay link saved; an emptied summary is cleared', async () => {
    const view = await openLecture();
    expect(wx.sent[0].query).toContain('query LectureForEdit');
    expect(wx.sent[0].variables).toEqual({ id: '42' });
    expect(view.dom.textContent).toContain('11-24 08:00 食堂二楼');
    expect(view.dom.textContent).toContain('已结束');
    expect(view.instance.data.form).toEqual({ topic: '班前十分钟：安全帽', summary: '正确佩戴', liveUrl: '', replayUrl: '' });

    set(view, 'topic', ' 班前十分钟：安全帽的佩戴 ');
    set(view, 'summary', '');
    set(view, 'replayUrl', 'https://replay.example.cn/42');
    wx.respond(200, { data: { updateLecture: { lecture: Object.assign({}, lecture, { topic: '班前十分钟：安全帽的佩戴', summary: '',
      replayUrl: 'https://replay.example.cn/42' }) } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[1].query).toContain('mutation UpdateLecture');
    expect(wx.sent[1].variables.input).toEqual({ id: '42', topic: '班前十分钟：安全帽的佩戴', summary: '', liveUrl: '',
      replayUrl: 'https://replay.example.cn/42' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存' });
    expect(view.instance.data.form.replayUrl).toBe('https://replay.example.cn/42');
  });

  test('opened from the lectures page', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { classrooms: page([]), craftsmen: page([]), lectureSeries: page([]) } });
    wx.respond(200, { data: { lectures: page([Object.assign({ checkInCode: '4821', attendeeCount: 0, lecturers: [] }, lecture,
      { status: 'SCHEDULED' })]) } });
    const lectures = load('organizer/lectures/lectures');
    await lectures.instance.onLoad();
    await flush();
    lectures.querySelector('.lecture .edit').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/lecture/lecture?id=42' });
  });

  saysWhenMissing('organizer/lecture/lecture', { lecture: null }, '这节课不存在', '请从微课堂排课页选择一节课');

  formRules('organizer/lecture/lecture', {
    open: openLecture, fill: () => null, clear: (view) => set(view, 'topic', ' '), submit: (view) => view.instance.save(),
    invalid: '请填写主题',
    codes: ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'INTERNAL'],
    refusals: [
      [{ topic: '题'.repeat(101) }, '主题最多 100 个字'],
      [{ summary: '简'.repeat(501) }, '简介最多 500 个字'],
      [{ liveUrl: 'http://live.example.cn/42' }, '直播和回放链接须以 https:// 开头'],
      [{ replayUrl: 'javascript:alert(1)' }, '直播和回放链接须以 https:// 开头']
    ]
  });
});

// ---- classrooms

const classroom = { id: '7', name: '食堂二楼', mode: 'OFFLINE', address: '杭州汽轮机厂食堂', districtCode: '330106', capacity: 80,
  liveUrl: null, orgUnit: { id: '2', name: '杭州市总工会' } };

async function openClassrooms() {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { classrooms: page([classroom]) } });
  const view = load('organizer/classrooms/classrooms');
  await view.instance.onLoad();
  await flush();
  return view;
}

const fillOffline = (view) => {
  set(view, 'name', '一号车间');
  set(view, 'address', '钱江路 1 号');
  view.setData({ 'form.lat': 30.25, 'form.lng': 120.21 });
};

describe('classrooms', () => {
  test('the unit\'s classrooms; a new offline one with its position from the map', async () => {
    const view = await openClassrooms();
    expect(wx.sent[1].query).toContain('query OrganizerClassrooms');
    expect(wx.sent[1].variables).toEqual({ orgUnitId: '2', first: 50 });
    expect(view.querySelector('.classroom').dom.textContent).toContain('杭州市总工会 · 线下课堂 · 杭州汽轮机厂食堂 · 80 人');

    set(view, 'name', '一号车间');
    wx.chooseLocation.mockImplementationOnce((options) => options.success({ name: '一号车间', address: '钱江路 1 号', latitude: 30.25,
      longitude: 120.21 }));
    view.querySelector('.location').dispatchEvent('tap');
    await flush();
    expect(view.instance.data.form).toMatchObject({ address: '钱江路 1 号', lat: 30.25, lng: 120.21 });
    set(view, 'districtCode', '330104');
    set(view, 'capacity', '40');
    wx.respond(200, { data: { createClassroom: { classroom: Object.assign({}, classroom, { id: '8', name: '一号车间', address: '钱江路 1 号',
      districtCode: '330104', capacity: 40 }) } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[2].query).toContain('mutation CreateClassroom');
    expect(wx.sent[2].variables.input).toEqual({ orgUnitId: '2', name: '一号车间', mode: 'OFFLINE', address: '钱江路 1 号',
      districtCode: '330104', lat: 30.25, lng: 120.21, capacity: 40, liveUrl: null });
    expect(view.querySelectorAll('.classroom').length).toBe(2);
    expect(view.instance.data.form.name).toBe('');
  });

  test('a cloud classroom needs no address or position', async () => {
    const view = await openClassrooms();
    set(view, 'name', '思政云课堂');
    set(view, 'mode', '1');
    set(view, 'liveUrl', 'https://live.example.cn/room');
    expect(view.querySelector('.location')).toBeUndefined();
    wx.respond(200, { data: { createClassroom: { classroom: Object.assign({}, classroom, { id: '9', name: '思政云课堂', mode: 'ONLINE',
      address: null, districtCode: null, capacity: null, liveUrl: 'https://live.example.cn/room' }) } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[2].variables.input).toEqual({ orgUnitId: '2', name: '思政云课堂', mode: 'ONLINE', address: null, districtCode: null,
      lat: null, lng: null, capacity: null, liveUrl: 'https://live.example.cn/room' });
    expect(view.querySelectorAll('.classroom')[1].dom.textContent).toContain('云课堂（线上）');
  });

  test('a classroom changed: name, address, capacity and live link; a set capacity cannot be emptied', async () => {
    const view = await openClassrooms();
    view.instance.edit({ currentTarget: { dataset: { id: '7' } } });
    expect(view.instance.data.form).toMatchObject({ name: '食堂二楼', mode: 0, address: '杭州汽轮机厂食堂', capacity: '80', liveUrl: '' });
    expect(view.querySelector('.mode').dom.textContent).toContain('创建后不可修改');

    set(view, 'capacity', '');
    await view.instance.save();
    expect(wx.sent.length).toBe(2);
    expect(errorText(view)).toContain('已设的容纳人数不能清空');

    set(view, 'capacity', '120');
    set(view, 'name', '食堂三楼');
    wx.respond(200, { data: { updateClassroom: { classroom: Object.assign({}, classroom, { name: '食堂三楼', capacity: 120 }) } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[2].query).toContain('mutation UpdateClassroom');
    expect(wx.sent[2].variables.input).toEqual({ id: '7', name: '食堂三楼', address: '杭州汽轮机厂食堂', capacity: 120, liveUrl: '' });
    expect(view.querySelector('.classroom').dom.textContent).toContain('食堂三楼');
    expect(view.querySelector('.classroom').dom.textContent).toContain('120 人');
  });

  test('reached from the organizer entry; a worker who organizes nothing is told so', async () => {
    wx.respond(200, { data: organizerMe });
    const hub = load('organizer/index/index');
    await hub.instance.onLoad();
    await flush();
    const urls = hub.instance.data.tiles.map((tile) => tile.url);
    expect(urls).toContain('/pages/organizer/classrooms/classrooms');
    expect(urls).toContain('/pages/organizer/comments/comments');

    wx.respond(200, { data: { me: Object.assign({}, organizerMe.me, { roles: ['WORKER'], organizerOf: [] }) } });
    const view = load('organizer/classrooms/classrooms');
    await view.instance.onLoad();
    await flush();
    expect(errorText(view)).toContain('仅限工会组织者使用');
    expect(view.querySelector('.save')).toBeUndefined();
  });

  formRules('organizer/classrooms/classrooms', {
    open: openClassrooms, fill: fillOffline, submit: (view) => view.instance.save(), invalid: '请填写课堂名称',
    codes: ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'INTERNAL'],
    refusals: [
      [{ address: '' }, '线下课堂请填写地址'],
      [(view) => view.setData({ 'form.lat': null }), '线下课堂请在地图上选择位置'],
      [{ districtCode: '3301' }, '区县代码为 6 位数字'],
      [{ capacity: '0' }, '容纳人数须在 1 到 10000 之间'],
      [{ liveUrl: 'http://live.example.cn' }, '直播链接须以 https:// 开头']
    ]
  });
});
