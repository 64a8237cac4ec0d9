// My registrations (pages/events/mine/mine): shown at once from the last good answer while a fresh
// one loads; by status; the check-in code of a confirmed one, and cancel.
const { request, cachedRequest } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { REGISTRATION_STATUS, shortTime } = require('../../../utils/labels');
const MY_REGISTRATIONS = require('../../../graphql/myRegistrations');
const CANCEL = require('../../../graphql/cancelRegistration');

const FILTERS = [{ value: null, label: '全部' }, { value: 'CONFIRMED', label: '已报名' }, { value: 'WAITLISTED', label: '候补' },
  { value: 'ATTENDED', label: '已签到' }, { value: 'CANCELLED', label: '已取消' }];

function rows(data) {
  return data.myRegistrations.edges.map((edge) => Object.assign({}, edge.node, {
    statusText: REGISTRATION_STATUS[edge.node.status] || edge.node.status, time: shortTime(edge.node.event.startsAt),
    cancellable: edge.node.status === 'CONFIRMED' || edge.node.status === 'WAITLISTED'
  }));
}

Component({
  data: { filters: FILTERS, status: null, registrations: [], stale: false, loaded: false, endCursor: null, hasNextPage: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    load(fresh) {
      const variables = { status: this.data.status, first: 20, after: fresh ? null : this.data.endCursor };
      const show = (data, stale) => {
        const page = data.myRegistrations;
        this.setData({ registrations: fresh ? rows(data) : this.data.registrations.concat(rows(data)), stale, loaded: true,
          endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage, error: '' });
      };
      if (!fresh || this.data.status) {
        return request(MY_REGISTRATIONS, variables).then((data) => show(data, false))
          .catch((error) => this.setData({ error: error.message, loaded: true }));
      }
      const { cached, fresh: next } = cachedRequest('myRegistrations', MY_REGISTRATIONS, variables);
      if (cached) {
        show(cached, true);
      }
      return next.then((data) => show(data, false))
        .catch((error) => this.setData({ error: cached ? '网络不给力，显示的是上次的内容' : error.message, loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    filter(event) {
      this.setData({ status: event.currentTarget.dataset.status || null });
      return this.load(true);
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    },
    showCode(event) {
      wx.navigateTo({ url: url(ROUTES.eventCheckIn, { id: event.currentTarget.dataset.id }) });
    },
    cancel(event) {
      const eventId = event.currentTarget.dataset.id;
      return request(CANCEL, { eventId })
        .then(() => {
          wx.showToast({ title: '已取消报名' });
          return this.load(true);
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
