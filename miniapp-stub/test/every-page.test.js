// Every page of app.json is opened by some page test (load('events/detail') in a test, or a
// portal-opened page in routes.test.js's EXPECTED).
const fs = require('fs');
const path = require('path');

const tests = fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js'))
  .map((file) => fs.readFileSync(path.join(__dirname, file), 'utf8')).join('\n');

test.each(require('../app.json').pages)('%s has a page test', (page) => {
  const short = page.replace(/^pages\//, '');
  expect(tests.includes("load('" + short + "')") || tests.includes("'" + page + ' ')).toBe(true);
});
