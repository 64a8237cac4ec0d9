// A craftsman or model worker (pages/craftsmen/detail, share code scene c=<id>, or ?id=): honours,
// biography, their stories and coming lectures.
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const { HONOURS } = require('../../utils/labels');
const CRAFTSMAN = require('../../graphql/craftsman');

Component({
  data: { craftsman: null, error: '' },
  methods: {
    onLoad(options) {
      const query = params(options);
      return request(CRAFTSMAN, { id: query.c || query.id })
        .then((data) => {
          const craftsman = data.craftsman;
          const honours = craftsman ? craftsman.honours.map((item) => Object.assign({}, item,
            { label: HONOURS[item.honour] || item.honour, year: item.year || '' })) : [];
          this.setData({ craftsman: craftsman ? Object.assign({}, craftsman, { honours }) : null,
            error: craftsman ? '' : '内容不存在或已下线' });
        })
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
