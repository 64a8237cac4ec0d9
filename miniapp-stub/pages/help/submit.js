// Asking the union for help (12351): a category, what happened, and whether to be called back.
// The request goes to the worker's own union, else to the city union of the city the worker chose.
const { request } = require('../../utils/graphql');
const { ROUTES, url } = require('../../utils/routes');
const { CATEGORIES } = require('../../utils/help');
const SUBMIT = require('../../graphql/submitHelpRequest');

const MAX_DESCRIPTION = 1000;

Component({
  data: { categories: CATEGORIES, category: '', description: '', callBack: false, busy: false, error: '',
    mineUrl: url(ROUTES.helpMine) },
  methods: {
    onLoad() {
      return Promise.resolve();
    },
    choose(event) {
      this.setData({ category: event.currentTarget.dataset.value });
    },
    input(event) {
      this.setData({ description: event.detail.value });
    },
    toggleCallBack(event) {
      this.setData({ callBack: Boolean(event.detail.value) });
    },
    submit() {
      const description = String(this.data.description || '').trim();
      if (!this.data.category || !description || description.length > MAX_DESCRIPTION) {
        this.setData({ error: '请选择诉求类别并填写诉求内容（1000 字以内）' });
        return Promise.resolve();
      }
      const app = typeof getApp === 'function' ? getApp() : null;
      const cityCode = app && app.globalData && app.globalData.city;
      const input = { category: this.data.category, description, callBack: this.data.callBack };
      if (cityCode) {
        input.cityCode = cityCode;
      }
      this.setData({ busy: true, error: '' });
      return request(SUBMIT, { input })
        .then((data) => {
          const helpRequest = data.submitHelpRequest.helpRequest;
          wx.showToast({ title: '已提交' });
          wx.navigateTo({ url: url(ROUTES.helpDetail, { id: helpRequest.id }) });
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    }
  }
});
