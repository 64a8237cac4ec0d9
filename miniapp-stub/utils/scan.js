// What wx.scanCode read, as the code a page wants: a mini-program code gives the page it opens
// (res.path "pages/rooms/checkin?scene=d%3D…"), whose scene carries the code under `key`; a plain
// QR code or bar code gives its text (res.result).
const { params, parseQuery } = require('./routes');

function codeOf(res, key) {
  const path = (res && res.path) || '';
  if (path.indexOf('?') > 0) {
    const code = params(parseQuery(path.split('?')[1]))[key];
    if (code) {
      return code;
    }
  }
  return String((res && res.result) || '').trim();
}

/** wx.scanCode as a promise of the code under `key` (null when the worker closes the camera). */
function scan(key) {
  return new Promise((resolve) => {
    wx.scanCode({
      onlyFromCamera: true,
      success: (res) => resolve(codeOf(res, key) || null),
      fail: () => resolve(null)
    });
  });
}

module.exports = { codeOf, scan };
