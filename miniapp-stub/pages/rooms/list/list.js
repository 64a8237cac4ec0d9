// Reading rooms: the nearest ones (a room opens its page, with the day picker and booking), and
// check-in by scanning the desk QR.
const { request } = require('../../../utils/graphql');
const { here } = require('../../../utils/location');
const { ROUTES, url } = require('../../../utils/routes');
const { codeOf } = require('../../../utils/scan');
const ROOMS = require('../../../graphql/readingRooms');
const CHECK_IN = require('../../../graphql/checkInBooking');

Component({
  data: { rooms: [], error: '' },
  methods: {
    onLoad() {
      return here().then((near) => request(ROOMS, { near, first: 20 }))
        .then((data) => this.setData({ rooms: data.readingRooms.edges.map((edge) => edge.node) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    openMine() {
      wx.navigateTo({ url: url(ROUTES.myBookings) });
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.roomDetail, { id: event.currentTarget.dataset.id }) });
    },
    scanToCheckIn() {
      wx.scanCode({
        onlyFromCamera: true,
        success: (res) => request(CHECK_IN, { code: codeOf(res, 'd') })
          .then(() => wx.showToast({ title: '签到成功' }))
          .catch((error) => wx.showToast({ title: error.message, icon: 'none' }))
      });
    }
  }
});
