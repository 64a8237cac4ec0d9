/**
 * @jest-environment jsdom
 */
// An organizer uploads a picture from the story form's "upload cover" button and saves the story with
// it, against a real portal (test/e2e/portal.js): wx.chooseMedia hands over a small PNG on disk and
// wx.uploadFile sends it as multipart to the portal's POST /uploads, which then serves the same bytes.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const simulate = require('miniprogram-simulate');
const { installWx, client } = require('./portal');

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function receive(res, done) {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => done(Buffer.concat(chunks)));
}

// wx.uploadFile over Node's http: the file in a multipart body, the answer's body as text
function uploadFile(options) {
  const boundary = '----portal-e2e-' + Date.now();
  const body = Buffer.concat([
    Buffer.from('--' + boundary + '\r\nContent-Disposition: form-data; name="' + options.name + '"; filename="'
      + path.basename(options.filePath) + '"\r\nContent-Type: application/octet-stream\r\n\r\n'),
    fs.readFileSync(options.filePath),
    Buffer.from('\r\n--' + boundary + '--\r\n')
  ]);
  const headers = Object.assign({ 'Content-Type': 'multipart/form-data; boundary=' + boundary, 'Content-Length': body.length },
    options.header);
  const req = http.request(options.url, { method: 'POST', headers },
    (res) => receive(res, (data) => options.success({ statusCode: res.statusCode, data: data.toString('utf8') })));
  req.on('error', (error) => options.fail({ errMsg: String(error) }));
  req.end(body);
}

function download(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => receive(res, (data) => resolve({ status: res.statusCode, type: res.headers['content-type'], data })))
      .on('error', reject);
  });
}

test('a cover uploaded on the story form is saved with the story and served back', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-')), 'cover.png');
  fs.writeFileSync(file, PNG);
  installWx('demo-organizer-hangzhou', {
    showToast: () => {},
    chooseMedia: (options) => options.success({ tempFiles: [{ tempFilePath: file, size: PNG.length, fileType: 'image' }] }),
    uploadFile
  });
  const organizer = client();
  await organizer.login();

  const view = simulate.render(simulate.load(path.join(__dirname, '..', '..', 'pages/organizer/story/story'), { compiler: 'simulate' }));
  view.attach(document.createElement('parent-wrapper'));
  await view.instance.onLoad({});
  expect(view.instance.data.error).toBe('');
  expect(view.instance.data.candidates.length).toBeGreaterThan(0);

  await view.instance.uploadCover();
  expect(view.instance.data.error).toBe('');
  const url = view.instance.data.form.coverUrl;
  expect(url).toMatch(new RegExp('^' + process.env.PORTAL_URL + '/uploads/[0-9a-f]{64}\\.png$'));

  const stamp = String(Date.now()).slice(-6);
  view.instance.setData({ form: Object.assign({}, view.instance.data.form, { title: '上传封面的故事 ' + stamp, summary: '摘要', body: '正文' }) });
  view.instance.toggleCraftsman({ currentTarget: { dataset: { id: view.instance.data.candidates[0].id } } });
  await view.instance.saveDraft();
  expect(view.instance.data.error).toBe('');
  expect(view.instance.data.id).toBeTruthy();

  const saved = await organizer.request(require('../../graphql/storyForEdit'), { id: view.instance.data.id });
  expect(saved.story.coverUrl).toBe(url);
  const served = await download(url);
  expect(served.status).toBe(200);
  expect(served.type).toBe('image/png');
  expect(served.data.equals(PNG)).toBe(true);
}, 60000);
