// The organizers' editing pages: craftsman profiles, stories written and sent for review, interest
// groups, seasons, and a reading room's details. Each checks its input before sending, sends a
// mutation once (a lost answer is reported, not repeated), keeps its button disabled meanwhile, and
// shows the message for each code the portal may answer with.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');
const { MESSAGES } = require('../utils/errors');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

const set = (view, field, value) => view.instance.input({ currentTarget: { dataset: { field } }, detail: { value } });
const refusal = (code) => ({ errors: [{ message: 'refused', extensions: { code } }] });
const errorText = (view) => view.querySelector('.error').dom.textContent;

/**
 * The common promises of a form: nothing sent while `fill` leaves it invalid (the page says `invalid`),
 * `submit` sends one request whose answer, when lost, is reported and not asked again, with the
 * button disabled until then, and each code in `codes` shows its message.
 */
function formRules(name, open, fill, submit, invalid, codes) {
  describe(name + ': what every form promises', () => {
    test('nothing is sent while the form is incomplete', async () => {
      const view = await open();
      const before = wx.sent.length;
      await submit(view);
      expect(wx.sent.length).toBe(before);
      expect(errorText(view)).toContain(invalid);
    });

    test('a lost answer is reported once, never sent again; the button is disabled while it goes', async () => {
      const view = await open();
      fill(view);
      const before = wx.sent.length;
      wx.failNext('request:fail timeout');
      const first = submit(view);
      await Promise.resolve();
      expect(view.instance.data.busy).toBe(true);
      await submit(view);
      await first;
      await flush();
      expect(wx.sent.length).toBe(before + 1);
      expect(view.instance.data.busy).toBe(false);
      expect(errorText(view)).toContain(MESSAGES.TIMEOUT);
    });

    test.each(codes)('%s shows its message', async (code) => {
      const view = await open();
      fill(view);
      wx.respond(200, refusal(code));
      await submit(view);
      await flush();
      expect(errorText(view)).toContain(MESSAGES[code]);
    });
  });
}

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

  test.each([
    [{ name: '王师傅', portraitUrl: 'http://img.example.cn/a.jpg' }, [], '照片链接须以 https:// 开头'],
    [{ name: '王师傅' }, [{ honour: 0, year: '1900' }], '年份须在 1949 到 2100 之间'],
    [{ name: '王师傅' }, [{ honour: 1, year: '2020' }, { honour: 1, year: '2020' }], '同一荣誉、同一年份只填一次'],
    [{ name: '王'.repeat(51) }, [], '姓名最多 50 个字']
  ])('%j with honours %j is refused before sending', async (fields, honours, message) => {
    const view = await openNewCraftsman();
    Object.keys(fields).forEach((field) => set(view, field, fields[field]));
    view.instance.setData({ honours });
    await view.instance.save();
    expect(wx.sent.length).toBe(2);
    expect(errorText(view)).toContain(message);
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

  formRules('craftsman', openNewCraftsman, (view) => set(view, 'name', '李工'), (view) => view.instance.save(), '请填写姓名',
    ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED', 'INTERNAL']);
});
