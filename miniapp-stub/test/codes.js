// The promise every page keeps when the portal says no: the operation it sent is refused with a code,
// and the worker reads the message utils/errors.js has for that code (or the page's own wording).
// showsMessageForEachCode's first argument is the page as load() is given it; the test checks that
// the page opened is that one, and every-page.test.js reads that argument to see that every page of
// app.json has its codes tested.
const { load, flush, pageOf } = require('./helpers');
const { refusal } = require('./forms');
const { MESSAGES } = require('../utils/errors');

const freshLogin = { data: { login: { token: 'T2', expiresAt: '2026-12-01T00:00:00Z', user: { id: '3' } } } };

/** Where a page shows what went wrong. */
const shownIn = {
  // the page's error card
  error: (view) => {
    const node = view.querySelector('.error');
    return node ? node.dom.textContent : '';
  },
  // anywhere on the page (a page whose error card has no class of its own)
  page: (view) => view.dom.textContent,
  // a toast without an icon, as the pages show a refusal (each title, to match one exactly)
  toast: () => wx.showToast.mock.calls.map((call) => call[0]).filter((options) => options.icon === 'none')
    .map((options) => options.title)
};

/**
 * One test per code: `open()` gives the page ready to act (its own answers queued and used); then
 * the answers in `answers` (data of the requests `act` sends first) and the refusal with the code are
 * queued — for UNAUTHENTICATED, a refusal, the fresh login and a refusal again — and `act(view)` runs.
 * The request after `answers` must be `operation` ("mutation RemindMe", the document's first words),
 * with `variables` when given, and `where(view)` (shownIn.error unless told) must show
 * `messages[code]`, else MESSAGES[code]; `then(view, code)` checks anything more.
 */
function showsMessageForEachCode(page, operation, codes, how) {
  const { open, act, answers = [], variables, where = shownIn.error, messages = {}, then } = how;
  const named = new RegExp('^\\s*' + operation.replace(/\s+/, '\\s+') + '\\b');
  test.each(codes)(page + ': ' + operation + ' refused with %s shows its message', async (code) => {
    const view = await open();
    expect(pageOf(view)).toBe(page);
    const before = wx.sent.length;
    answers.forEach((data) => wx.respond(200, { data }));
    wx.respond(200, refusal(code));
    if (code === 'UNAUTHENTICATED') {
      wx.respond(200, freshLogin);
      wx.respond(200, refusal(code));
    }
    const message = messages[code] || MESSAGES[code];
    expect(message).toBeTruthy();
    expect(where(view)).not.toContain(message);
    await act(view);
    await flush();

    const sent = wx.sent[before + answers.length];
    expect(sent && sent.query).toMatch(named);
    if (variables) {
      expect(sent.variables).toEqual(variables);
    }
    if (code === 'UNAUTHENTICATED') {
      expect(wx.sent[before + answers.length + 1].query).toMatch(/^\s*mutation\s+Login\b/);
    }
    expect(where(view)).toContain(message);
    if (then) {
      await then(view, code);
    }
  });
}

/** The page rendered after its answers are queued, once onLoad (with `options`) has run. */
async function opened(pagePath, answers, options) {
  answers.forEach((data) => wx.respond(200, { data }));
  const view = load(pagePath);
  await view.instance.onLoad(options || {});
  await flush();
  return view;
}

const tap = (dataset) => ({ currentTarget: { dataset } });

module.exports = { showsMessageForEachCode, shownIn, opened, tap };
