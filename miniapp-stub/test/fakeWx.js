// A fake of the wx APIs the mini-program uses; wx.request answers from a queue of responses.
function fakeWx() {
  const storage = {};
  const sent = [];
  const responses = [];
  const wx = {
    sent,
    respond(statusCode, data) {
      responses.push({ statusCode, data });
    },
    request: jest.fn((options) => {
      sent.push({ query: options.data.query, variables: options.data.variables, header: options.header });
      const next = responses.shift();
      setTimeout(() => (next ? options.success(next) : options.fail({ errMsg: 'no response queued' })), 0);
    }),
    login: jest.fn((options) => options.success({ code: 'demo-worker-1' })),
    getStorageSync: jest.fn((key) => storage[key]),
    setStorageSync: jest.fn((key, value) => { storage[key] = value; }),
    showToast: jest.fn(),
    navigateTo: jest.fn(),
    getLocation: jest.fn((options) => options.success({ latitude: 30.27, longitude: 120.12 })),
    scanCode: jest.fn(),
    requestSubscribeMessage: jest.fn()
  };
  return wx;
}

module.exports = { fakeWx };
