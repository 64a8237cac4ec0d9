// One booking (pages/rooms/booking?id=, the reminder before it starts): where and when; cancel before
// it starts; check in by scanning the desk QR (wx.scanCode), step away (暂离, once, up to 30 minutes;
// scanning again is the way back) and check out.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const { scan } = require('../../utils/scan');
const { BOOKING_STATUS } = require('../../utils/labels');
const MY_BOOKINGS = require('../../graphql/myBookings');
const CANCEL = require('../../graphql/cancelBooking');
const CHECK_IN = require('../../graphql/checkInBooking');
const STEP_AWAY = require('../../graphql/stepAway');
const CHECK_OUT = require('../../graphql/checkOut');

Component({
  data: { id: null, booking: null, statusText: '', busy: false, error: '' },
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
          this.status(edge ? edge.node.status : null);
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    status(status) {
      if (status) {
        this.setData({ 'booking.status': status, statusText: BOOKING_STATUS[status] || status });
      }
    },
    act(document, variables, done) {
      this.setData({ busy: true, error: '' });
      return request(document, variables)
        .then((data) => {
          const booking = data[Object.keys(data)[0]].booking;
          this.status(booking.status);
          wx.showToast({ title: done });
          return booking;
        })
        .catch((error) => {
          this.setData({ error: error.message });
          wx.showToast({ title: error.message, icon: 'none' });
        })
        .then((booking) => {
          this.setData({ busy: false });
          return booking;
        });
    },
    cancel() {
      return this.act(CANCEL, { id: this.data.id }, '已取消');
    },
    checkIn() {
      return scan('d').then((code) => (code ? this.act(CHECK_IN, { code }, this.data.booking.status === 'AWAY' ? '欢迎回来' : '签到成功') : null));
    },
    stepAway() {
      return this.act(STEP_AWAY, { id: this.data.id }, '已暂离，30 分钟内扫码回座');
    },
    checkOut() {
      return this.act(CHECK_OUT, { id: this.data.id }, '已签退');
    }
  }
});
