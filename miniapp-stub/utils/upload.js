// Pictures organizers add as a cover or a portrait from the phone: wx.chooseMedia (one image,
// compressed, from the album or the camera), then wx.uploadFile to the portal's POST /uploads (next
// to /graphql, config.js) with the token, in the multipart field `file`. The portal keeps JPEG, PNG
// or WebP up to 2 MB and answers { url }, which the form puts in its link field. A picture over the
// limit is refused here before anything is sent. Sending the same picture again is harmless (the
// portal keeps it once under one URL), so a failed upload is simply tried again by the organizer.
// Rejects with { code, message } like the GraphQL client; a cancelled choice resolves with null.
const config = require('../config');
const { messageFor } = require('./errors');
const { sending } = require('./form');
const { TOKEN_KEY, login, settings } = require('./graphql');

// portal.uploads.max-size
const MAX_BYTES = 2 * 1024 * 1024;

const MESSAGES = {
  FORBIDDEN: '只有组织者可以上传图片',
  BAD_USER_INPUT: '只能上传不超过 2 MB 的 JPEG、PNG 或 WebP 图片',
  RATE_LIMITED: '上传太频繁，请过几分钟再试',
  TOO_LARGE: '图片不能超过 2 MB，请换一张或裁剪后再试'
};

function uploadUrl() {
  return config.graphqlUrl.replace(/\/graphql\/?$/, '') + '/uploads';
}

/** The picture the organizer chose: { path, size }, or null when they cancelled. */
function choose() {
  return new Promise((resolve, reject) => {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
      success: (res) => {
        const file = res.tempFiles && res.tempFiles[0];
        resolve(file ? { path: file.tempFilePath, size: file.size } : null);
      },
      fail: (fail) => {
        if (/cancel/i.test((fail && fail.errMsg) || '')) {
          resolve(null);
        }
        else {
          reject({ code: 'INTERNAL', message: '无法读取图片，请重新选择' });
        }
      }
    });
  });
}

function refusal(res) {
  let body = res.data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    }
    catch (ignored) {
      body = null;
    }
  }
  const error = body && body.errors && body.errors[0];
  const code = (error && error.extensions && error.extensions.code) || (res.statusCode === 401 ? 'UNAUTHENTICATED' : 'INTERNAL');
  // the portal words a bad picture itself (not a picture, empty, too large)
  const message = (code === 'BAD_USER_INPUT' && error.message) || MESSAGES[code] || messageFor(code);
  return { code, message };
}

function send(path, token) {
  return new Promise((resolve, reject) => {
    wx.uploadFile({
      url: uploadUrl(),
      filePath: path,
      name: 'file',
      header: token ? { Authorization: 'Bearer ' + token } : {},
      timeout: settings.timeoutMs * 3,
      success: (res) => {
        if (res.statusCode === 200) {
          const body = typeof res.data === 'string' ? JSON.parse(res.data) : res.data;
          resolve(body.url);
        }
        else {
          reject(refusal(res));
        }
      },
      fail: (fail) => {
        const code = /time\s*out|timeout|超时/i.test((fail && fail.errMsg) || '') ? 'TIMEOUT' : 'NETWORK';
        reject({ code, message: messageFor(code) });
      }
    });
  });
}

/** Uploads the picture at `path` (a temporary file of size `size`); resolves with its URL. */
function uploadFile(path, size) {
  if (size > MAX_BYTES) {
    return Promise.reject({ code: 'BAD_USER_INPUT', message: MESSAGES.TOO_LARGE });
  }
  return send(path, wx.getStorageSync(TOKEN_KEY)).catch((error) => {
    if (error.code !== 'UNAUTHENTICATED') {
      throw error;
    }
    // the token ran out: log in again once, as the GraphQL client does
    return login().then(() => send(path, wx.getStorageSync(TOKEN_KEY)));
  });
}

/** Lets the organizer choose a picture and uploads it; resolves with its URL, or null when cancelled. */
function uploadPicture() {
  return choose().then((file) => (file ? uploadFile(file.path, file.size) : null));
}

/**
 * On a form page: a picture chosen and uploaded into `form.<field>`, with the page `busy` meanwhile
 * (its buttons disabled, so nothing is saved with the old link) and a refusal shown in `error`.
 */
function uploadInto(page, field) {
  return sending(page, () => uploadPicture().then((url) => {
    if (url) {
      page.setData({ ['form.' + field]: url });
    }
    return url;
  }));
}

module.exports = { uploadPicture, uploadFile, uploadInto, uploadUrl, MAX_BYTES, MESSAGES };
