// My reminders (pages/lectures/mine/mine): the sessions the worker asked to be reminded of, soonest
// first, shown at once from the last good answer while a fresh one loads; no more reminder for one.
const { request, cachedRequest } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { shortTime } = require('../../../utils/labels');
const MY_REMINDERS = require('../../../graphql/myReminders');
const CANCEL_REMINDER = require('../../../graphql/cancelReminder');

function rows(data) {
  return data.myReminders.edges.map((edge) => Object.assign({}, edge.node, { time: shortTime(edge.node.startsAt) }));
}

Component({
  data: { lectures: [], stale: false, loaded: false, error: '' },
  methods: {
    onLoad() {
      const { cached, fresh } = cachedRequest('myReminders', MY_REMINDERS, { first: 30 });
      if (cached) {
        this.setData({ lectures: rows(cached), stale: true, loaded: true });
      }
      return fresh.then((data) => this.setData({ lectures: rows(data), stale: false, loaded: true, error: '' }))
        .catch((error) => this.setData({ error: cached ? '网络不给力，显示的是上次的内容' : error.message, loaded: true }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.lectureDetail, { id: event.currentTarget.dataset.id }) });
    },
    cancel(event) {
      const lectureId = event.currentTarget.dataset.id;
      return request(CANCEL_REMINDER, { lectureId })
        .then(() => this.setData({ lectures: this.data.lectures.filter((item) => item.id !== lectureId) }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
