// A fake of the wx APIs the mini-program uses; wx.request answers from a queue of responses.
// `sent` has one entry per wx.request: its query — for a hash-only (persisted) request, the document
// in graphql/ with that SHA-256, as a portal that knows it would run it — variables, header,
// extensions, timeout, and whether the document itself went (`full`). wx.uploadFile answers from a
// queue of its own (`respondUpload`), and `uploaded` has one entry per upload; wx.chooseMedia picks
// one compressed picture of 20 KB unless a test says otherwise.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

let documents = null;

function documentOf(hash) {
  if (!documents) {
    documents = {};
    const dir = path.join(__dirname, '..', 'graphql');
    fs.readdirSync(dir).filter((file) => file.endsWith('.js')).forEach((file) => {
      const text = require(path.join(dir, file));
      documents[crypto.createHash('sha256').update(text, 'utf8').digest('hex')] = text;
    });
  }
  return documents[hash];
}

// Answers a call after a timer, as the network does: with the queued response, its failure, or `none`
// when nothing was queued.
function answer(options, next, none) {
  setTimeout(() => {
    if (!next) {
      options.fail({ errMsg: none });
    }
    else if (next.fail) {
      options.fail({ errMsg: next.fail });
    }
    else {
      options.success(next);
    }
  }, 0);
}

function fakeWx() {
  const storage = {};
  const sent = [];
  const responses = [];
  const uploaded = [];
  const uploadResponses = [];
  const wx = {
    sent,
    respond(statusCode, data) {
      responses.push({ statusCode, data });
    },
    /** The next wx.request fails (errMsg e.g. 'request:fail timeout'), as on a lost network. */
    failNext(errMsg) {
      responses.push({ fail: errMsg || 'request:fail' });
    },
    request: jest.fn((options) => {
      const data = options.data || {};
      const persisted = data.extensions && data.extensions.persistedQuery;
      sent.push({ query: data.query || (persisted && documentOf(persisted.sha256Hash)), variables: data.variables,
        header: options.header, extensions: data.extensions, full: Boolean(data.query), timeout: options.timeout });
      answer(options, responses.shift(), 'no response queued');
    }),
    uploaded,
    /** The next wx.uploadFile is answered with this status and body (sent as text, as WeChat hands it over). */
    respondUpload(statusCode, data) {
      uploadResponses.push({ statusCode, data: typeof data === 'string' ? data : JSON.stringify(data) });
    },
    /** The next wx.uploadFile fails, as on a lost network. */
    failNextUpload(errMsg) {
      uploadResponses.push({ fail: errMsg || 'uploadFile:fail' });
    },
    uploadFile: jest.fn((options) => {
      uploaded.push({ url: options.url, filePath: options.filePath, name: options.name, header: options.header });
      answer(options, uploadResponses.shift(), 'no upload response queued');
    }),
    chooseMedia: jest.fn((options) => options.success({ type: 'image',
      tempFiles: [{ tempFilePath: 'wxfile://tmp/picture.png', size: 20480, fileType: 'image' }] })),
    login: jest.fn((options) => options.success({ code: 'demo-worker-1' })),
    getStorageSync: jest.fn((key) => storage[key]),
    setStorageSync: jest.fn((key, value) => { storage[key] = value; }),
    removeStorageSync: jest.fn((key) => { delete storage[key]; }),
    getStorageInfoSync: jest.fn(() => ({ keys: Object.keys(storage) })),
    reLaunch: jest.fn(),
    showToast: jest.fn(),
    showModal: jest.fn(),
    navigateTo: jest.fn(),
    getLocation: jest.fn((options) => options.success({ latitude: 30.27, longitude: 120.12 })),
    chooseLocation: jest.fn(),
    scanCode: jest.fn(),
    downloadFile: jest.fn(),
    shareFileMessage: jest.fn(),
    openDocument: jest.fn(),
    setClipboardData: jest.fn(),
    requestSubscribeMessage: jest.fn()
  };
  return wx;
}

module.exports = { fakeWx };
