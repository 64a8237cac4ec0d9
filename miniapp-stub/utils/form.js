// What the forms share: text cleaned up, comma lists, https links, a confirmation, and sending with
// the submit button disabled — nothing more goes while one send is under way, and what went wrong is
// shown with the message for its code (utils/errors.js, through the client's rejection).
const trim = (value) => String(value == null ? '' : value).trim();

/** "a, b，c" → ['a', 'b', 'c']: either comma, blanks dropped. */
function listOf(text) {
  return trim(text).split(/[,，]/).map(trim).filter(Boolean);
}

/** An absolute https:// link with a host and no user info, as the portal takes for links and photos. */
function isHttps(text) {
  return /^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(trim(text));
}

/**
 * A cover's or a portrait's link: https, or a picture uploaded to a portal that runs on this machine over
 * plain http (the demo: utils/upload.js answers with a link on the address it sent to), as the portal takes it.
 */
function isPictureUrl(text) {
  return isHttps(text) || /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?\/uploads\/[0-9a-f]{64}\.(?:jpg|png|webp)$/.test(trim(text));
}

/** The first message of `checks` ([condition that is wrong, message] pairs) whose condition holds, or ''. */
function firstProblem(checks) {
  const found = checks.find((check) => check[0]);
  return found ? found[1] : '';
}

/** wx.showModal as a promise: true when the worker confirmed. */
function confirm(options) {
  return new Promise((resolve) => {
    wx.showModal(Object.assign({}, options, {
      success: (res) => resolve(Boolean(res && res.confirm)),
      fail: () => resolve(false)
    }));
  });
}

/**
 * Runs `work` (a function returning a promise) on behalf of `page`: `busy` is set while it runs (the
 * submit buttons bind disabled to it) and a second call meanwhile does nothing; a rejection shows in
 * `error`, as `explain(error)` words it or else the message for its code. Resolves with work's result,
 * or null.
 */
function sending(page, work, explain) {
  if (page.data.busy) {
    return Promise.resolve(null);
  }
  page.setData({ busy: true, error: '' });
  return Promise.resolve()
    .then(work)
    .catch((error) => {
      page.setData({ error: (explain && explain(error)) || error.message });
      return null;
    })
    .then((result) => {
      page.setData({ busy: false });
      return result;
    });
}

/** Shows a form's first problem in `error` and says whether there was one. */
function refuse(page, problem) {
  if (problem) {
    page.setData({ error: problem });
  }
  return Boolean(problem);
}

module.exports = { trim, listOf, isHttps, isPictureUrl, firstProblem, confirm, sending, refuse };
