// The organizers' editing pages: craftsman profiles, stories written and sent for review, interest
// groups, seasons, and a reading room's details. Each checks its input before sending, sends a
// mutation once (a lost answer is reported, not repeated), keeps its button disabled meanwhile, and
// shows the message for each code the portal may answer with.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');
const { set, refusal, errorText, formRules, saysWhenMissing } = require('./forms');
const { MESSAGES } = require('../utils/errors');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

// ---- craftsmen

const craftsman = { id: '8', name: '王师傅', enterprise: '杭州汽轮机厂', trade: '焊工', biography: '三十年焊接', portraitUrl: null,
  studioName: null, honours: [{ honour: 'GREAT_CRAFTSMAN', year: 2022 }, { honour: 'ZHEJIANG_CRAFTSMAN', year: null }] };

async function openNewCraftsman() {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { craftsmen: page([craftsman]) } });
  const view = load('organizer/craftsman/craftsman');
  await view.instance.onLoad({});
  await flush();
  return view;
}

describe('craftsman profiles', () => {
  test('a new craftsman: the unit\'s craftsmen listed, every field and the honours go into createCraftsman', async () => {
    const view = await openNewCraftsman();
    expect(wx.sent[1].query).toContain('query Craftsmen');
    expect(wx.sent[1].variables).toEqual({ filter: { orgUnitId: '2' }, first: 50 });
    expect(view.querySelector('.craftsman').dom.textContent).toContain('2022 大国工匠、浙江工匠');

    set(view, 'name', ' 李工 ');
    set(view, 'enterprise', '宁波港');
    set(view, 'biography', '桥吊司机');
    set(view, 'portraitUrl', 'https://img.example.cn/li.jpg');
    view.querySelector('.add-honour').dispatchEvent('tap');
    view.querySelector('.add-honour').dispatchEvent('tap');
    await flush();
    const honour = (index, field, value) => view.instance.honourInput({ currentTarget: { dataset: { index, field } }, detail: { value } });
    honour(0, 'honour', '0');
    honour(0, 'year', '2020');
    honour(1, 'honour', '4');
    wx.respond(200, { data: { createCraftsman: { craftsman: Object.assign({}, craftsman, { id: '9', name: '李工' }) } } });

    await view.instance.save();
    await flush();

    expect(wx.sent[2].query).toContain('mutation CreateCraftsman');
    expect(wx.sent[2].variables.input).toEqual({ orgUnitId: '2', name: '李工', enterprise: '宁波港', trade: null, biography: '桥吊司机',
      portraitUrl: 'https://img.example.cn/li.jpg', studioName: null,
      honours: [{ honour: 'NATIONAL_MODEL_WORKER', year: 2020 }, { honour: 'MAY_DAY_LABOUR_MEDAL', year: null }] });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已添加' });
    // saved once, it is edited from now on: another tap updates, never creates a second one
    expect(view.instance.data.id).toBe('9');
    expect(view.querySelector('.open')).toBeDefined();
  });

  test('editing loads the craftsman and clears an emptied field; honours replace the list', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { craftsman } });
    const view = load('organizer/craftsman/craftsman');
    await view.instance.onLoad({ id: '8' });
    await flush();
    expect(wx.sent[1].query).toContain('query CraftsmanForEdit');
    expect(view.instance.data.form).toMatchObject({ name: '王师傅', trade: '焊工', portraitUrl: '' });
    expect(view.instance.data.honours).toEqual([{ honour: 2, year: '2022' }, { honour: 3, year: '' }]);
    expect(view.querySelector('.craftsman')).toBeUndefined();

    set(view, 'trade', '');
    view.instance.removeHonour({ currentTarget: { dataset: { index: 1 } } });
    wx.respond(200, { data: { updateCraftsman: { craftsman: Object.assign({}, craftsman, { trade: null, honours: [craftsman.honours[0]] }) } } });
    await view.instance.save();

    expect(wx.sent[2].query).toContain('mutation UpdateCraftsman');
    expect(wx.sent[2].variables.input).toEqual({ id: '8', name: '王师傅', enterprise: '杭州汽轮机厂', trade: '', biography: '三十年焊接',
      portraitUrl: '', studioName: '', honours: [{ honour: 'GREAT_CRAFTSMAN', year: 2022 }] });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存' });
  });

  test('a craftsman from the list opens for editing', async () => {
    const view = await openNewCraftsman();
    view.querySelector('.craftsman').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/craftsman/craftsman?id=8' });
  });

  test('a worker who organizes nothing is told so and sees no form', async () => {
    wx.respond(200, { data: { me: Object.assign({}, organizerMe.me, { roles: ['WORKER'], organizerOf: [] }) } });
    const view = load('organizer/craftsman/craftsman');
    await view.instance.onLoad({});
    await flush();
    expect(errorText(view)).toContain('仅限工会组织者使用');
    expect(view.querySelector('.save')).toBeUndefined();
  });

  const honours = (list) => (view) => view.instance.setData({ honours: list });
  formRules('organizer/craftsman/craftsman', { open: openNewCraftsman, fill: (view) => set(view, 'name', '李工'), submit: (view) => view.instance.save(),
    invalid: '请填写姓名', codes: ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED', 'INTERNAL'],
    refusals: [
      [{ portraitUrl: 'http://img.example.cn/a.jpg' }, '照片链接须以 https:// 开头'],
      [honours([{ honour: 0, year: '1900' }]), '年份须在 1949 到 2100 之间'],
      [honours([{ honour: 1, year: '2020' }, { honour: 1, year: '2020' }]), '同一荣誉、同一年份只填一次'],
      [{ name: '王'.repeat(51) }, '姓名最多 50 个字']
    ] });
});

// ---- stories

const storyOf = (extra) => Object.assign({ id: '21', title: '焊花里的青春', summary: '一位焊工的三十年', body: '正文', coverUrl: null,
  tags: ['焊接'], status: 'DRAFT', authorOrgUnit: { id: '2', name: '杭州市总工会' }, craftsmen: [{ id: '8', name: '王师傅' }],
  pendingRevision: { id: '31', title: '焊花里的青春', summary: '一位焊工的三十年', body: '正文', coverUrl: null, tags: ['焊接'],
    craftsmen: [{ id: '8', name: '王师傅' }], status: 'DRAFT', rejectReason: null } }, extra || {});
const candidates = { data: { craftsmen: page([{ id: '8', name: '王师傅', enterprise: '杭州汽轮机厂', trade: '焊工', portraitUrl: null, honours: [] },
  { id: '9', name: '李工', enterprise: '宁波港', trade: null, portraitUrl: null, honours: [] }]) } };

async function openNewStory() {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, candidates);
  wx.respond(200, { data: { organizerStories: page([{ id: '20', title: '桥吊上的眼睛', status: 'PUBLISHED' },
    { id: '21', title: '焊花里的青春', status: 'DRAFT' }]) } });
  const view = load('organizer/story/story');
  await view.instance.onLoad({});
  await flush();
  return view;
}

async function openStory(story) {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { story } });
  wx.respond(200, candidates);
  const view = load('organizer/story/story');
  await view.instance.onLoad({ id: story.id });
  await flush();
  return view;
}

const fillStory = (view) => {
  set(view, 'title', '焊花里的青春');
  set(view, 'summary', '一位焊工的三十年');
  set(view, 'body', '## 三十年\n正文');
  view.instance.toggleCraftsman({ currentTarget: { dataset: { id: '8' } } });
};

describe('stories written and sent for review', () => {
  test('a new story: the unit\'s craftsmen to choose, saved as a draft, then sent for review without a second one created', async () => {
    const view = await openNewStory();
    expect(wx.sent[1].variables).toEqual({ filter: { orgUnitId: '2' }, first: 50 });
    expect(wx.sent[2].query).toContain('query OrganizerStories');
    expect(view.querySelectorAll('.candidate').length).toBe(2);
    const listed = view.querySelectorAll('.story-item').map((item) => item.dom.textContent.replace(/\s/g, ''));
    expect(listed).toEqual(['桥吊上的眼睛·已发布', '焊花里的青春·草稿']);

    fillStory(view);
    view.instance.toggleCraftsman({ currentTarget: { dataset: { id: '9' } } });
    set(view, 'coverUrl', 'https://img.example.cn/cover.jpg');
    set(view, 'tags', '焊接，大国工匠, ');
    await flush();
    expect(view.querySelector('.chosen').dom.textContent).toContain('王师傅、李工');
    expect(view.querySelector('.candidate').dom.textContent).toContain('✓');
    wx.respond(200, { data: { createStory: { story: storyOf() } } });

    await view.instance.saveDraft();
    await flush();

    expect(wx.sent[3].query).toContain('mutation CreateStory');
    expect(wx.sent[3].variables.input).toEqual({ authorOrgUnitId: '2', title: '焊花里的青春', summary: '一位焊工的三十年',
      body: '## 三十年\n正文', coverUrl: 'https://img.example.cn/cover.jpg', tags: ['焊接', '大国工匠'], craftsmanIds: ['8', '9'] });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存' });
    expect(view.querySelector('.status').dom.textContent).toContain('草稿');

    wx.respond(200, { data: { updateStory: { story: storyOf() } } });
    wx.respond(200, { data: { submitStory: { story: { id: '21', status: 'IN_REVIEW',
      pendingRevision: { id: '31', status: 'IN_REVIEW', rejectReason: null } } } } });
    await view.instance.submit();
    await flush();

    expect(wx.sent[4].query).toContain('mutation UpdateStory');
    expect(wx.sent[4].variables.input).toMatchObject({ id: '21', title: '焊花里的青春' });
    expect(wx.sent[5].query).toContain('mutation SubmitStory');
    expect(wx.sent[5].variables).toEqual({ id: '21' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已提交审核' });
    expect(view.querySelector('.waiting').dom.textContent).toContain('正在审核');
    expect(view.querySelector('.submit')).toBeUndefined();
  });

  test('a rejected story shows the reason; edited, its cover cleared, it goes back for review', async () => {
    const view = await openStory(storyOf({ coverUrl: 'https://img.example.cn/old.jpg',
      pendingRevision: { id: '31', title: '改过的标题', summary: '摘要', body: '正文', coverUrl: 'https://img.example.cn/old.jpg', tags: ['焊接'],
        craftsmen: [{ id: '8', name: '王师傅' }], status: 'REJECTED', rejectReason: '请补充照片' } }));
    expect(wx.sent[1].query).toContain('query StoryForEdit');
    expect(wx.sent[2].variables).toEqual({ filter: { orgUnitId: '2' }, first: 50 });
    expect(view.querySelector('.rejected').dom.textContent).toContain('请补充照片');
    expect(view.instance.data.form).toMatchObject({ title: '改过的标题', coverUrl: 'https://img.example.cn/old.jpg', tags: '焊接' });
    expect(view.querySelector('.story-item')).toBeUndefined();

    set(view, 'coverUrl', '');
    wx.respond(200, { data: { updateStory: { story: storyOf() } } });
    wx.respond(200, { data: { submitStory: { story: { id: '21', status: 'IN_REVIEW', pendingRevision: { id: '31', status: 'IN_REVIEW', rejectReason: null } } } } });
    await view.instance.submit();

    expect(wx.sent[3].variables.input).toEqual({ id: '21', title: '改过的标题', summary: '摘要', body: '正文', coverUrl: '',
      tags: ['焊接'], craftsmanIds: ['8'] });
    expect(wx.sent[4].query).toContain('mutation SubmitStory');
  });

  test('a published story is edited as a new revision; one in review waits and nothing is sent', async () => {
    const published = await openStory(storyOf({ status: 'PUBLISHED', pendingRevision: null }));
    expect(published.querySelector('.status').dom.textContent).toContain('已发布');
    expect(published.querySelector('.submit')).toBeDefined();

    const waiting = await openStory(storyOf({ status: 'DRAFT', pendingRevision: { id: '31', title: 't', summary: 's', body: 'b',
      coverUrl: null, tags: [], craftsmen: [], status: 'IN_REVIEW', rejectReason: null } }));
    const before = wx.sent.length;
    await waiting.instance.submit();
    expect(wx.sent.length).toBe(before);
    expect(errorText(waiting)).toContain('故事正在审核');
  });

  test('saved but not sent for review: the next tap only submits the saved story again', async () => {
    const view = await openNewStory();
    fillStory(view);
    wx.respond(200, { data: { createStory: { story: storyOf() } } });
    wx.respond(200, refusal('CONTENT_RISKY'));
    await view.instance.submit();
    await flush();
    expect(errorText(view)).toContain(MESSAGES.CONTENT_RISKY);
    expect(view.instance.data.id).toBe('21');

    wx.respond(200, { data: { updateStory: { story: storyOf() } } });
    wx.respond(200, { data: { submitStory: { story: { id: '21', status: 'IN_REVIEW', pendingRevision: null } } } });
    await view.instance.submit();
    expect(wx.sent.filter((sent) => /mutation CreateStory/.test(sent.query)).length).toBe(1);
    expect(wx.sent[wx.sent.length - 1].query).toContain('mutation SubmitStory');
  });

  test('without a craftsman nothing is sent; craftsmen found by name; the units\' stories open for editing', async () => {
    const view = await openNewStory();
    set(view, 'title', 't');
    set(view, 'summary', 's');
    set(view, 'body', 'b');
    await view.instance.saveDraft();
    expect(wx.sent.length).toBe(3);
    expect(errorText(view)).toContain('请至少选择一位故事中的工匠');

    view.instance.keywordInput({ detail: { value: '焊工' } });
    wx.respond(200, { data: { craftsmen: page([{ id: '12', name: '张焊', enterprise: null, trade: '焊工', portraitUrl: null, honours: [] }]) } });
    await view.instance.search();
    await flush();
    expect(wx.sent[3].variables).toEqual({ filter: { keyword: '焊工' }, first: 50 });
    expect(view.querySelector('.candidate').dom.textContent).toContain('张焊');

    view.querySelectorAll('.story-item')[1].dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/story/story?id=21' });
  });

  formRules('organizer/story/story', { open: openNewStory, fill: fillStory, submit: (view) => view.instance.saveDraft(), invalid: '请填写标题、摘要和正文',
    codes: ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONTENT_RISKY', 'RATE_LIMITED', 'INTERNAL'],
    refusals: [
      [{ coverUrl: 'javascript:alert(1)' }, '封面链接须以 https:// 开头'],
      [{ tags: '一,二,三,四,五,六,七,八,九,十,十一' }, '最多 10 个标签'],
      [{ title: '题'.repeat(101) }, '标题最多 100 个字'],
      [(view) => view.instance.toggleCraftsman({ currentTarget: { dataset: { id: '8' } } }), '请至少选择一位故事中的工匠']
    ] });
});

// ---- interest groups

const group = { id: '5', name: '乒乓球小组', description: '每周三练球', category: 'SPORTS', memberCount: 2, membersOnly: false,
  orgUnit: { id: '2', name: '杭州市总工会' } };

async function openGroups() {
  wx.respond(200, { data: organizerMe });
  wx.respond(200, { data: { interestGroups: page([group]) } });
  const view = load('organizer/groups/groups');
  await view.instance.onLoad();
  await flush();
  return view;
}

describe('interest groups', () => {
  test('a new group of the unit: name, description, category, members only', async () => {
    const view = await openGroups();
    expect(wx.sent[1].query).toContain('query OrganizerGroups');
    expect(wx.sent[1].variables).toEqual({ orgUnitId: '2', first: 50 });
    expect(view.querySelector('.group').dom.textContent).toContain('体育 · 2 人');

    set(view, 'name', ' 书法小组 ');
    set(view, 'category', '3');
    set(view, 'membersOnly', true);
    wx.respond(200, { data: { createInterestGroup: { group: Object.assign({}, group, { id: '6', name: '书法小组', category: 'ARTS',
      memberCount: 0, membersOnly: true, description: null }) } } });
    await view.instance.save();
    await flush();

    expect(wx.sent[2].query).toContain('mutation CreateInterestGroup');
    expect(wx.sent[2].variables.input).toEqual({ orgUnitId: '2', name: '书法小组', description: null, category: 'ARTS', membersOnly: true });
    expect(view.querySelectorAll('.group').length).toBe(2);
    expect(view.querySelector('.group').dom.textContent).toContain('仅限会员');
  });

  test('a group changed, and a member taken out after the confirmation', async () => {
    const view = await openGroups();
    wx.respond(200, { data: { interestGroupMembers: page([{ userId: '41', nickname: '小张', phone: '138****8000', orgUnitName: '西溪街道总工会',
      joinedAt: '2026-11-20T02:00:00Z' }, { userId: '42', nickname: null, phone: null, orgUnitName: null, joinedAt: '2026-11-21T02:00:00Z' }]) } });
    await view.instance.edit({ currentTarget: { dataset: { id: '5' } } });
    await flush();
    expect(wx.sent[2].variables).toEqual({ groupId: '5', first: 50 });
    expect(view.instance.data.form).toEqual({ name: '乒乓球小组', description: '每周三练球', category: 1, membersOnly: false });
    expect(view.querySelector('.member').dom.textContent).toContain('小张 138****8000');

    set(view, 'description', '');
    wx.respond(200, { data: { updateInterestGroup: { group: Object.assign({}, group, { description: null }) } } });
    await view.instance.save();
    expect(wx.sent[3].query).toContain('mutation UpdateInterestGroup');
    expect(wx.sent[3].variables.input).toEqual({ id: '5', name: '乒乓球小组', category: 'SPORTS', description: '' });

    wx.showModal.mockImplementationOnce((options) => options.success({ confirm: false }));
    await view.instance.remove({ currentTarget: { dataset: { id: '41' } } });
    expect(wx.sent.length).toBe(4);

    wx.showModal.mockImplementation((options) => options.success({ confirm: true }));
    wx.respond(200, { data: { removeInterestGroupMember: { group: { id: '5', memberCount: 1 } } } });
    await view.instance.remove({ currentTarget: { dataset: { id: '41' } } });
    await flush();
    expect(wx.showModal.mock.calls[1][0].content).toContain('小张');
    expect(wx.sent[4].query).toContain('mutation RemoveInterestGroupMember');
    expect(wx.sent[4].variables).toEqual({ groupId: '5', userId: '41' });
    expect(view.querySelectorAll('.member').length).toBe(1);
    expect(view.querySelector('.group').dom.textContent).toContain('1 人');

    wx.respond(200, refusal('NOT_FOUND'));
    await view.instance.remove({ currentTarget: { dataset: { id: '42' } } });
    await flush();
    expect(errorText(view)).toContain(MESSAGES.NOT_FOUND);
  });

  formRules('organizer/groups/groups', { open: openGroups, fill: (view) => set(view, 'name', '书法小组'), submit: (view) => view.instance.save(),
    invalid: '请填写小组名称', codes: ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'INTERNAL'],
    refusals: [[{ description: '介'.repeat(1001) }, '小组介绍最多 1000 个字']] });
});

// ---- seasons

const season = { id: '11', name: '2026 韵动四季', startsOn: '2026-01-01', endsOn: '2026-12-31', quarterNames: ['春之韵', '夏之炫'] };

async function openSeasons() {
  wx.respond(200, { data: { seasons: page([season]) } });
  const view = load('organizer/seasons/seasons');
  await view.instance.onLoad();
  await flush();
  return view;
}

const fillSeason = (view) => {
  set(view, 'name', '2027 韵动四季');
  set(view, 'startsOn', '2027-01-01');
  set(view, 'endsOn', '2027-12-31');
};

describe('seasons', () => {
  test('a new season with its quarter names, and a season changed', async () => {
    const view = await openSeasons();
    expect(wx.sent[0].query).toContain('query OrganizerSeasons');
    expect(view.querySelector('.season').dom.textContent).toContain('2026-01-01 至 2026-12-31 · 春之韵、夏之炫');

    fillSeason(view);
    set(view, 'quarterNames', '春之韵，夏之炫,秋之实, 冬之暖');
    wx.respond(200, { data: { createSeason: { season: { id: '12', name: '2027 韵动四季', startsOn: '2027-01-01', endsOn: '2027-12-31',
      quarterNames: ['春之韵', '夏之炫', '秋之实', '冬之暖'] } } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[1].query).toContain('mutation CreateSeason');
    expect(wx.sent[1].variables.input).toEqual({ name: '2027 韵动四季', startsOn: '2027-01-01', endsOn: '2027-12-31',
      quarterNames: ['春之韵', '夏之炫', '秋之实', '冬之暖'] });
    expect(view.querySelectorAll('.season').length).toBe(2);

    view.instance.edit({ currentTarget: { dataset: { id: '11' } } });
    expect(view.instance.data.form).toEqual({ name: '2026 韵动四季', startsOn: '2026-01-01', endsOn: '2026-12-31', quarterNames: '春之韵,夏之炫' });
    set(view, 'endsOn', '2027-01-31');
    wx.respond(200, { data: { updateSeason: { season: Object.assign({}, season, { endsOn: '2027-01-31' }) } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[2].query).toContain('mutation UpdateSeason');
    expect(wx.sent[2].variables.input).toEqual({ id: '11', name: '2026 韵动四季', startsOn: '2026-01-01', endsOn: '2027-01-31',
      quarterNames: ['春之韵', '夏之炫'] });
    expect(view.querySelectorAll('.season')[1].dom.textContent).toContain('2027-01-31');
  });

  test('an organizer below the province is told who may change seasons', async () => {
    const view = await openSeasons();
    fillSeason(view);
    wx.respond(200, refusal('FORBIDDEN'));
    await view.instance.save();
    expect(errorText(view)).toContain('仅省级工会组织者可以管理文体季');
  });

  formRules('organizer/seasons/seasons', { open: openSeasons, fill: fillSeason, submit: (view) => view.instance.save(), invalid: '请填写文体季名称',
    codes: ['BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED', 'INTERNAL'],
    refusals: [
      [{ endsOn: '2026-12-31' }, '结束日期须在开始日期之后'],
      [{ endsOn: '2029-01-02' }, '不超过两年'],
      [{ quarterNames: '一,二,三,四,五' }, '最多 4 个季度名称']
    ] });
});

// ---- a reading room's details

const room = { id: '3', name: '西溪街道职工书屋', address: '天目山路', facilities: ['空调'], photos: [], bookingHorizonDays: 7,
  releaseTime: '20:00', seatCount: 24, slotMinutes: 60, orgUnit: { id: '2', name: '杭州市总工会' },
  openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }, { weekday: 6, opens: '09:00', closes: '17:00' }] };

async function openRoom() {
  wx.respond(200, { data: { readingRoom: room } });
  const view = load('organizer/room/room');
  await view.instance.onLoad({ id: '3' });
  await flush();
  return view;
}

const day = (view, index, field, value) => view.instance.dayInput({ currentTarget: { dataset: { index, field } }, detail: { value } });

describe('a reading room\'s details', () => {
  test('the room read, each weekday\'s hours, facilities, photos, horizon and release time saved', async () => {
    const view = await openRoom();
    expect(wx.sent[0].query).toContain('query RoomForEdit');
    expect(wx.sent[0].variables).toEqual({ id: '3' });
    expect(view.instance.data.form).toEqual({ name: '西溪街道职工书屋', address: '天目山路', facilities: '空调', photos: '', horizon: '7',
      releaseTime: '20:00', seatCount: '24', slot: 2 });
    const days = view.querySelectorAll('.day');
    expect(days.length).toBe(7);
    expect(days[0].dom.textContent).toContain('08:30');
    expect(days[1].dom.textContent).toContain('闭馆');

    set(view, 'facilities', '空调，饮水机, 无线网络');
    set(view, 'photos', 'https://img.example.cn/1.jpg\nhttps://img.example.cn/2.jpg');
    set(view, 'horizon', '14');
    set(view, 'releaseTime', '21:00');
    day(view, 1, 'open', true);
    day(view, 1, 'closes', '20:00');
    day(view, 5, 'open', false);
    wx.respond(200, { data: { updateReadingRoom: { room: Object.assign({}, room, { bookingHorizonDays: 14, releaseTime: '21:00',
      openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }, { weekday: 2, opens: '09:00', closes: '20:00' }] }) } } });
    await view.instance.save();
    await flush();

    expect(wx.sent[1].query).toContain('mutation UpdateReadingRoom');
    expect(wx.sent[1].variables.input).toEqual({ roomId: '3', name: '西溪街道职工书屋', address: '天目山路',
      facilities: ['空调', '饮水机', '无线网络'], photos: ['https://img.example.cn/1.jpg', 'https://img.example.cn/2.jpg'],
      openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }, { weekday: 2, opens: '09:00', closes: '20:00' }],
      bookingHorizonDays: 14, releaseTime: '21:00' });
    expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存' });
    expect(view.querySelector('.release').dom.textContent).toContain('21:00');
  });

  test('more seats and a shorter slot go when changed; fewer seats refused names the seats that are booked', async () => {
    const view = await openRoom();
    expect(view.querySelector('.slot').dom.textContent).toContain('60 分钟');
    set(view, 'seatCount', '30');
    set(view, 'slot', 1);
    wx.respond(200, { data: { updateReadingRoom: { room: Object.assign({}, room, { seatCount: 30, slotMinutes: 30 }) } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[1].variables.input).toMatchObject({ roomId: '3', seatCount: 30, slotMinutes: 30 });
    expect(view.instance.data.form).toMatchObject({ seatCount: '30', slot: 1 });
    expect(view.querySelector('.muted').dom.textContent).toContain('30 座 · 每段 30 分钟');

    set(view, 'seatCount', '20');
    wx.respond(200, { errors: [{ message: '座位 23、24 还有未结束的预约，预约结束或取消后才能减少到 20 个座位',
      extensions: { code: 'SEATS_BOOKED' } }] });
    await view.instance.save();
    await flush();
    expect(wx.sent[2].variables.input.seatCount).toBe(20);
    expect(wx.sent[2].variables.input).not.toHaveProperty('slotMinutes');
    expect(errorText(view)).toContain(MESSAGES.SEATS_BOOKED + '：座位 23、24 还有未结束的预约');
    expect(view.instance.data.form.seatCount).toBe('20');
  });

  test('opened from the rooms page', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { readingRooms: page([Object.assign({ deskCode: null, deskQrCode: null, upcomingClosures: [] }, room)]) } });
    wx.respond(200, { data: { roomOccupancy: { seats: 24, inService: 24, bookedNow: 0, checkedInNow: 0, freeNow: 24 } } });
    const rooms = load('organizer/rooms/rooms');
    await rooms.instance.onLoad();
    await flush();
    rooms.querySelector('.edit').dispatchEvent('tap');
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/organizer/room/room?id=3' });
  });

  saysWhenMissing('organizer/room/room', { readingRoom: null }, '书屋不存在', '请从书屋管理页选择一个书屋');

  formRules('organizer/room/room', {
    open: openRoom, fill: () => null, clear: (view) => set(view, 'address', ' '), submit: (view) => view.instance.save(),
    invalid: '请填写名称和地址',
    codes: ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'SEATS_BOOKED', 'INTERNAL'],
    refusals: [
      [{ photos: 'http://img.example.cn/1.jpg' }, '链接须以 https:// 开头'],
      [{ seatCount: '0' }, '座位数须在 1 到 500 之间'],
      [{ seatCount: '12.5' }, '座位数须在 1 到 500 之间'],
      [(view) => [0, 5].forEach((index) => day(view, index, 'open', false)), '请至少开放一天'],
      [(view) => day(view, 0, 'closes', '08:00'), '关门时间须晚于开门时间'],
      [{ horizon: '31' }, '可提前预约天数须在 1 到 30 之间']
    ]
  });
});
