// What the organizers' forms share in their tests: a field set, a refusal with a code, the error
// shown, and formRules — the promises every form keeps.
const { load, flush, pageOf } = require('./helpers');
const { MESSAGES } = require('../utils/errors');

const set = (view, field, value) => view.instance.input({ currentTarget: { dataset: { field } }, detail: { value } });
const refusal = (code) => ({ errors: [{ message: 'refused', extensions: { code } }] });
const errorText = (view) => view.querySelector('.error').dom.textContent;

/**
 * The common promises of a form on `page` (as load() is given it; every-page.test.js reads it) — `form`:
 * open, fill, submit, invalid, codes, refusals, clear: nothing
 * sent while it is empty (as opened, or emptied by `clear`; the page says `invalid`) or filled and then changed as a refusal says
 * ([fields, message], fields set after fill, a function run on the page or an object of inputs),
 * `submit` sends one request whose answer, when lost, is reported and not asked again, with the
 * button disabled until then, and each code in `codes` shows its message.
 */
function formRules(page, form) {
  const { open, fill, submit, invalid, codes, refusals, clear } = form;
  describe(page + ': what every form promises', () => {
    test('nothing is sent while the form is incomplete', async () => {
      const view = await open();
      if (clear) {
        clear(view);
      }
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

    test.each(refusals || [])('filled, then %j: refused before sending', async (fields, message) => {
      const view = await open();
      fill(view);
      if (typeof fields === 'function') {
        fields(view);
      }
      else {
        Object.keys(fields).forEach((field) => set(view, field, fields[field]));
      }
      const before = wx.sent.length;
      await submit(view);
      expect(wx.sent.length).toBe(before);
      expect(errorText(view)).toContain(message);
    });

    test.each(codes)('%s shows its message', async (code) => {
      const view = await open();
      expect(pageOf(view)).toBe(page);
      fill(view);
      wx.respond(200, refusal(code));
      await submit(view);
      await flush();
      expect(errorText(view)).toContain(MESSAGES[code]);
    });
  });
}

/**
 * A page for one item (?id=): an id the portal answers `notThere` for shows `missing` and no form;
 * no id sends nothing and shows `none`.
 */
function saysWhenMissing(pagePath, notThere, missing, none) {
  test('one that is not there, or none asked for, says so', async () => {
    wx.respond(200, { data: notThere });
    const view = load(pagePath);
    await view.instance.onLoad({ id: '99' });
    await flush();
    expect(errorText(view)).toContain(missing);
    expect(view.querySelector('.save')).toBeUndefined();

    const empty = load(pagePath);
    await empty.instance.onLoad({});
    expect(wx.sent.length).toBe(1);
    expect(errorText(empty)).toContain(none);
  });
}

module.exports = { set, refusal, errorText, formRules, saysWhenMissing };
