// A craftsman or model worker (pages/craftsmen/detail, share code scene c=<id>, or ?id=): honours,
// biography, their stories and coming lectures.
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const CRAFTSMAN = require('../../graphql/craftsman');

Component({
  data: { craftsman: null, error: '' },
  methods: {
    onLoad(options) {
      const query = params(options);
      return request(CRAFTSMAN, { id: query.c || query.id })
        .then((data) => this.setData({ craftsman: data.craftsman, error: data.craftsman ? '' : '内容不存在或已下线' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    openStory(event) {
      wx.navigateTo({ url: url(ROUTES.storyDetail, { id: event.currentTarget.dataset.id }) });
    },
    openLecture(event) {
      wx.navigateTo({ url: url(ROUTES.lectureDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
