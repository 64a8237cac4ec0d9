// Opening a page in miniprogram-simulate with the fake wx (test/fakeWx.js).
const path = require('path');
const simulate = require('miniprogram-simulate');
const { fakeWx } = require('./fakeWx');

const loaded = {};
const rendered = [];

function load(page) {
  loaded[page] = loaded[page] || simulate.load(path.join(__dirname, '..', 'pages', page), { compiler: 'simulate' });
  const component = simulate.render(loaded[page]);
  component.attach(document.createElement('parent-wrapper'));
  rendered.push({ page, component });
  return component;
}

// Lets a few rounds of the fake network (each answer comes after a timer) and re-rendering happen.
async function flush() {
  for (let i = 0; i < 6; i++) {
    await new Promise((resolve) => setTimeout(resolve, 4));
  }
}

function freshWx() {
  global.wx = fakeWx();
  global.getApp = () => ({ globalData: { city: '330100' } });
  wx.setStorageSync('token', 'T1');
  return global.wx;
}

const page = (nodes, pageInfo) => ({ edges: nodes.map((node, at) => ({ cursor: 'c' + at, node })),
  pageInfo: pageInfo || { hasNextPage: false, endCursor: null } });

const organizerMe = { me: { id: '3', nickname: '孙丽', phone: null, roles: ['WORKER', 'ORGANIZER'], orgUnit: null,
  organizerOf: [{ id: '2', name: '杭州市总工会' }], bookingBannedUntil: null } };

/** The page (as given to load) that `component` was rendered from, or null. */
function pageOf(component) {
  const found = rendered.find((item) => item.component === component);
  return found ? found.page : null;
}

/** The pages rendered since the last call whose text shows "undefined" (a binding to nothing). */
function showingUndefined() {
  const found = rendered.filter((item) => /undefined|NaN/.test(item.component.dom.textContent))
    .map((item) => item.page + ': ' + item.component.dom.textContent.replace(/\s+/g, ' ').trim());
  rendered.length = 0;
  return found;
}

module.exports = { load, flush, freshWx, page, organizerMe, showingUndefined, pageOf };
