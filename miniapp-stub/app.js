const { login, TOKEN_KEY } = require('./utils/graphql');

App({
  globalData: { city: '330100' },
  onLaunch() {
    if (!wx.getStorageSync(TOKEN_KEY)) {
      login().catch(() => {});
    }
  }
});
