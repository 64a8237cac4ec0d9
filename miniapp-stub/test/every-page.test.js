// Every page of app.json is opened by some page test (load('events/detail') in a test, or a
// portal-opened page in routes.test.js's EXPECTED), and has the messages for the codes the portal
// refuses it with tested: showsMessageForEachCode('events/detail', …) (test/codes.js) or
// formRules('organizer/room/room', …) (test/forms.js) — both check that the page they test is the
// one named.
const fs = require('fs');
const path = require('path');

const tests = fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js'))
  .map((file) => fs.readFileSync(path.join(__dirname, file), 'utf8')).join('\n');
const pages = require('../app.json').pages;

test.each(pages)('%s has a page test', (page) => {
  const short = page.replace(/^pages\//, '');
  expect(tests.includes("load('" + short + "')") || tests.includes("'" + page + ' ')).toBe(true);
});

const codesTested = new Set([...tests.matchAll(/\b(?:showsMessageForEachCode|formRules)\(\s*'([^']+)'/g)].map((match) => match[1]));

test.each(pages)('%s shows the message for each code it is refused with', (page) => {
  expect(codesTested).toContain(page.replace(/^pages\//, ''));
});

test('the codes are tested for pages of app.json only', () => {
  const known = pages.map((page) => page.replace(/^pages\//, ''));
  [...codesTested].forEach((page) => expect(known).toContain(page));
});
