// Pictures from the phone: the upload helper (utils/upload.js: wx.chooseMedia, then wx.uploadFile to
// the portal's POST /uploads with the token) and the upload buttons of the organizer's story, event and
// craftsman forms; and the story form showing the cover, tags and craftsmen of the revision being edited.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');
const { uploadPicture, uploadUrl, MESSAGES: UPLOAD_MESSAGES } = require('../utils/upload');
const { MESSAGES } = require('../utils/errors');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

const PICTURE = 'http://localhost:8080/uploads/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.png';
const refused = (code, message) => ({ errors: [{ message: message || 'refused', extensions: { code } }] });
const set = (view, field, value) => view.instance.input({ currentTarget: { dataset: { field } }, detail: { value } });

describe('the upload helper', () => {
  test('one compressed picture from the album or camera goes to /uploads next to /graphql, with the token, as `file`', async () => {
    wx.respondUpload(200, { url: PICTURE, sha256: '9f86', contentType: 'image/png', size: 20480 });

    await expect(uploadPicture()).resolves.toBe(PICTURE);

    expect(wx.chooseMedia).toHaveBeenCalledTimes(1);
    expect(wx.chooseMedia.mock.calls[0][0]).toMatchObject({ count: 1, mediaType: ['image'], sizeType: ['compressed'],
      sourceType: ['album', 'camera'] });
    expect(uploadUrl()).toBe('http://localhost:8080/uploads');
    expect(wx.uploaded).toEqual([{ url: 'http://localhost:8080/uploads', filePath: 'wxfile://tmp/picture.png', name: 'file',
      header: { Authorization: 'Bearer T1' } }]);
  });

  test('a cancelled choice uploads nothing; a picture over 2 MB is refused before it is sent', async () => {
    wx.chooseMedia.mockImplementationOnce((options) => options.fail({ errMsg: 'chooseMedia:fail cancel' }));
    await expect(uploadPicture()).resolves.toBeNull();

    wx.chooseMedia.mockImplementationOnce((options) => options.success({
      tempFiles: [{ tempFilePath: 'wxfile://tmp/huge.jpg', size: 2 * 1024 * 1024 + 1 }] }));
    await expect(uploadPicture()).rejects.toEqual({ code: 'BAD_USER_INPUT', message: UPLOAD_MESSAGES.TOO_LARGE });

    expect(wx.uploadFile).not.toHaveBeenCalled();
  });

  test.each([
    [403, refused('FORBIDDEN'), 'FORBIDDEN', '只有组织者可以上传图片'],
    [400, refused('BAD_USER_INPUT', '只能上传 JPEG、PNG 或 WebP 图片'), 'BAD_USER_INPUT', '只能上传 JPEG、PNG 或 WebP 图片'],
    [413, refused('BAD_USER_INPUT', '图片不能超过 2 MB，请压缩后再上传'), 'BAD_USER_INPUT', '图片不能超过 2 MB，请压缩后再上传'],
    [429, refused('RATE_LIMITED'), 'RATE_LIMITED', '上传太频繁，请过几分钟再试'],
    [500, 'Internal Server Error', 'INTERNAL', MESSAGES.INTERNAL]
  ])('answered %i: %s is shown as what to do', async (status, body, code, message) => {
    wx.respondUpload(status, body);
    await expect(uploadPicture()).rejects.toEqual({ code, message });
    expect(wx.uploadFile).toHaveBeenCalledTimes(1);
  });

  test('a lost network or a timeout says so', async () => {
    wx.failNextUpload('uploadFile:fail timeout');
    await expect(uploadPicture()).rejects.toEqual({ code: 'TIMEOUT', message: MESSAGES.TIMEOUT });
    wx.failNextUpload('uploadFile:fail');
    await expect(uploadPicture()).rejects.toEqual({ code: 'NETWORK', message: MESSAGES.NETWORK });
  });

  test('an expired token: logs in again once and sends the picture with the new token', async () => {
    wx.respondUpload(401, refused('UNAUTHENTICATED'));
    wx.respond(200, { data: { login: { token: 'T2', expiresAt: '2026-12-01T00:00:00Z', user: { id: '3' } } } });
    wx.respondUpload(200, { url: PICTURE });

    await expect(uploadPicture()).resolves.toBe(PICTURE);

    expect(wx.login).toHaveBeenCalledTimes(1);
    expect(wx.sent[0].query).toContain('mutation Login');
    expect(wx.uploaded.map((upload) => upload.header.Authorization)).toEqual(['Bearer T1', 'Bearer T2']);
  });
});

// ---- the forms

const revision = { id: '31', title: '焊花里的青春（修订）', summary: '修订的摘要', body: '修订的正文', coverUrl: PICTURE,
  tags: ['新标签', '工匠精神'], craftsmen: [{ id: '9', name: '李工' }, { id: '8', name: '王师傅' }], status: 'DRAFT', rejectReason: null };
const story = { id: '21', title: '焊花里的青春', summary: '一位焊工的三十年', body: '正文', coverUrl: 'https://img.example.cn/published.jpg',
  tags: ['焊接'], status: 'PUBLISHED', authorOrgUnit: { id: '2', name: '杭州市总工会' }, craftsmen: [{ id: '8', name: '王师傅' }],
  pendingRevision: revision };
const candidates = { data: { craftsmen: page([{ id: '8', name: '王师傅', enterprise: '杭州汽轮机厂', trade: '焊工', portraitUrl: null, honours: [] },
  { id: '9', name: '李工', enterprise: '宁波港', trade: null, portraitUrl: null, honours: [] }]) } };

async function openStoryForm(id) {
  wx.respond(200, { data: organizerMe });
  if (id) {
    wx.respond(200, { data: { story } });
    wx.respond(200, candidates);
  }
  else {
    wx.respond(200, candidates);
    wx.respond(200, { data: { organizerStories: page([]) } });
  }
  const view = load('organizer/story/story');
  await view.instance.onLoad(id ? { id } : {});
  await flush();
  return view;
}

describe('the story form', () => {
  test('a cover uploaded from the phone is shown and saved with the new story; the buttons wait for the upload', async () => {
    const view = await openStoryForm();
    set(view, 'title', '焊花里的青春');
    set(view, 'summary', '一位焊工的三十年');
    set(view, 'body', '正文');
    view.instance.toggleCraftsman({ currentTarget: { dataset: { id: '8' } } });
    wx.respondUpload(200, { url: PICTURE });

    const uploading = view.instance.uploadCover();
    await Promise.resolve();
    expect(view.instance.data.busy).toBe(true);
    await uploading;
    await flush();

    expect(view.instance.data.busy).toBe(false);
    expect(view.instance.data.form.coverUrl).toBe(PICTURE);
    expect(view.querySelector('.cover-preview')).toBeDefined();
    wx.respond(200, { data: { createStory: { story: Object.assign({}, story, { status: 'DRAFT', pendingRevision: null }) } } });
    await view.instance.saveDraft();
    await flush();
    expect(wx.sent[3].query).toContain('mutation CreateStory');
    expect(wx.sent[3].variables.input).toMatchObject({ coverUrl: PICTURE, craftsmanIds: ['8'] });
  });

  test('a refused upload says why and keeps the cover as it was', async () => {
    const view = await openStoryForm();
    set(view, 'coverUrl', 'https://img.example.cn/typed.jpg');
    wx.respondUpload(400, refused('BAD_USER_INPUT', '只能上传 JPEG、PNG 或 WebP 图片'));

    await view.instance.uploadCover();
    await flush();

    expect(view.querySelector('.error').dom.textContent).toContain('只能上传 JPEG、PNG 或 WebP 图片');
    expect(view.instance.data.form.coverUrl).toBe('https://img.example.cn/typed.jpg');
  });

  test('a published story being edited shows the revision\'s cover, tags and craftsmen, not the published ones', async () => {
    const view = await openStoryForm('21');
    expect(wx.sent[1].query).toContain('pendingRevision { id title summary body coverUrl tags craftsmen { id name }');
    expect(view.instance.data.form).toEqual({ title: '焊花里的青春（修订）', summary: '修订的摘要', body: '修订的正文', coverUrl: PICTURE,
      tags: '新标签,工匠精神' });
    expect(view.instance.data.chosen).toEqual([{ id: '9', name: '李工' }, { id: '8', name: '王师傅' }]);
    expect(view.querySelector('.chosen').dom.textContent).toContain('李工、王师傅');
  });
});

describe('the event form', () => {
  async function openPublish() {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { seasons: page([{ id: '11', name: '2026 韵动四季', startsOn: '2026-01-01', endsOn: '2026-12-31' }]) } });
    const view = load('organizer/publish/publish');
    await view.instance.onLoad({});
    await flush();
    wx.chooseLocation.mockImplementation((options) => options.success({ name: '宁波文化广场', address: '宁波市鄞州区宁穿路 1901 号',
      latitude: 29.86, longitude: 121.62 }));
    view.querySelector('.location').dispatchEvent('tap');
    await flush();
    set(view, 'title', '职工书画展');
    set(view, 'summary', '作品展');
    set(view, 'date', '2026-12-20');
    set(view, 'from', '14:00');
    set(view, 'to', '16:00');
    return view;
  }

  test('an uploaded cover goes into createEvent; a typed link that is not https is refused before sending', async () => {
    const view = await openPublish();
    set(view, 'coverUrl', 'http://img.example.cn/cover.jpg');
    const before = wx.sent.length;
    await view.instance.saveDraft();
    expect(wx.sent.length).toBe(before);
    expect(view.querySelector('.error').dom.textContent).toContain('封面链接须以 https:// 开头，或上传图片');

    wx.respondUpload(200, { url: PICTURE });
    view.querySelector('.upload-cover').dispatchEvent('tap');
    await flush();
    expect(view.instance.data.form.coverUrl).toBe(PICTURE);

    wx.respond(200, { data: { createEvent: { event: { id: '42', status: 'DRAFT' } } } });
    await view.instance.saveDraft();
    await flush();
    expect(wx.sent[before].query).toContain('mutation CreateEvent');
    expect(wx.sent[before].variables.input.coverUrl).toBe(PICTURE);
  });
});

describe('the craftsman form', () => {
  test('an uploaded portrait is shown and goes into createCraftsman; a worker is told only organizers upload', async () => {
    wx.respond(200, { data: organizerMe });
    wx.respond(200, { data: { craftsmen: page([]) } });
    const view = load('organizer/craftsman/craftsman');
    await view.instance.onLoad({});
    await flush();
    set(view, 'name', '李工');

    wx.respondUpload(403, refused('FORBIDDEN'));
    await view.instance.uploadPortrait();
    await flush();
    expect(view.querySelector('.error').dom.textContent).toContain('只有组织者可以上传图片');
    expect(view.instance.data.form.portraitUrl).toBe('');

    wx.respondUpload(200, { url: PICTURE });
    view.querySelector('.upload-portrait').dispatchEvent('tap');
    await flush();
    expect(view.instance.data.form.portraitUrl).toBe(PICTURE);
    expect(view.querySelector('.portrait-preview')).toBeDefined();

    wx.respond(200, { data: { createCraftsman: { craftsman: { id: '9', name: '李工', enterprise: null, trade: null, biography: null,
      portraitUrl: PICTURE, studioName: null, honours: [] } } } });
    await view.instance.save();
    await flush();
    expect(wx.sent[2].query).toContain('mutation CreateCraftsman');
    expect(wx.sent[2].variables.input).toMatchObject({ name: '李工', portraitUrl: PICTURE });
  });
});
