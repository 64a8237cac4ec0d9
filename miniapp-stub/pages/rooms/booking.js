// One booking (pages/rooms/booking?id=, the reminder before it starts): where and when, and cancel.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const MY_BOOKINGS = require('../../graphql/myBookings');
const CANCEL = require('../../graphql/cancelBooking');

Component({
  data: { id: null, booking: null, error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return this.load();
    },
    load() {
      return request(MY_BOOKINGS, { first: 50 })
        .then((data) => {
          const edge = data.myBookings.edges.find((item) => String(item.node.id) === String(this.data.id));
          this.setData({ booking: edge ? edge.node : null, error: edge ? '' : '预约不存在或已过期' });
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    cancel() {
      return request(CANCEL, { id: this.data.id })
        .then((data) => {
          this.setData({ 'booking.status': data.cancelBooking.booking.status });
          wx.showToast({ title: '已取消' });
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
