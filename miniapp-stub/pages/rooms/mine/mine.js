// My bookings (pages/rooms/mine/mine): shown at once from the last good answer while a fresh one
// loads; a booking opens its page (check in, step away, check out); cancel before it starts.
const { request, cachedRequest } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { BOOKING_STATUS } = require('../../../utils/labels');
const MY_BOOKINGS = require('../../../graphql/myBookings');
const CANCEL = require('../../../graphql/cancelBooking');

function rows(data) {
  return data.myBookings.edges.map((edge) => Object.assign({}, edge.node, { statusText: BOOKING_STATUS[edge.node.status] || edge.node.status }));
}

Component({
  data: { bookings: [], stale: false, loaded: false, error: '' },
  methods: {
    onLoad() {
      return this.load();
    },
    load() {
      const { cached, fresh } = cachedRequest('myBookings', MY_BOOKINGS, { first: 30 });
      if (cached) {
        this.setData({ bookings: rows(cached), stale: true, loaded: true });
      }
      return fresh.then((data) => this.setData({ bookings: rows(data), stale: false, loaded: true, error: '' }))
        .catch((error) => this.setData({ error: cached ? '网络不给力，显示的是上次的内容' : error.message, loaded: true }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.roomBooking, { id: event.currentTarget.dataset.id }) });
    },
    cancel(event) {
      return request(CANCEL, { id: event.currentTarget.dataset.id })
        .then(() => {
          wx.showToast({ title: '已取消' });
          return this.load();
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
