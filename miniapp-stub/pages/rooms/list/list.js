// Reading rooms: the nearest ones (a room opens its page, with the day picker and booking), and
// check-in by scanning the desk QR.
const { request } = require('../../../utils/graphql');
const { here } = require('../../../utils/location');
const { ROUTES, params, parseQuery, url } = require('../../../utils/routes');
const ROOMS = require('../../../graphql/readingRooms');
const CHECK_IN = require('../../../graphql/checkInBooking');

// The desk code in what wx.scanCode read: the check-in page's scene when it is a mini-program code
// (res.path "pages/rooms/checkin?scene=d%3D…"), else the text itself.
function deskCodeOf(res) {
  if (res.path && res.path.indexOf('?') > 0) {
    const code = params(parseQuery(res.path.split('?')[1])).d;
    if (code) {
      return code;
    }
  }
  return res.result;
}

Component({
  data: { rooms: [], error: '' },
  methods: {
    onLoad() {
      return here().then((near) => request(ROOMS, { near, first: 20 }))
        .then((data) => this.setData({ rooms: data.readingRooms.edges.map((edge) => edge.node) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.roomDetail, { id: event.currentTarget.dataset.id }) });
    },
    scanToCheckIn() {
      wx.scanCode({
        onlyFromCamera: true,
        success: (res) => request(CHECK_IN, { code: deskCodeOf(res) })
          .then(() => wx.showToast({ title: '签到成功' }))
          .catch((error) => wx.showToast({ title: error.message, icon: 'none' }))
      });
    }
  }
});
