// Reading rooms: the nearest ones, a room's free seats, booking, check-in by scanning the desk QR.
const { request } = require('../../../utils/graphql');
const ROOMS = require('../../../graphql/readingRooms');
const AVAILABILITY = require('../../../graphql/roomAvailability');
const BOOK = require('../../../graphql/bookSeat');
const CHECK_IN = require('../../../graphql/checkInBooking');

Component({
  data: { rooms: [], room: null, date: '', error: '' },
  methods: {
    onLoad() {
      return new Promise((resolve) => {
        wx.getLocation({
          type: 'gcj02',
          success: (position) => resolve({ lat: position.latitude, lng: position.longitude }),
          fail: () => resolve(null)
        });
      }).then((near) => request(ROOMS, { near, first: 20 }))
        .then((data) => this.setData({ rooms: data.readingRooms.edges.map((edge) => edge.node) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    open(event) {
      const date = event.currentTarget.dataset.date || this.data.date;
      return request(AVAILABILITY, { id: event.currentTarget.dataset.id, date })
        .then((data) => this.setData({ room: data.readingRoom, date }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    book(event) {
      const slot = event.currentTarget.dataset;
      return request(BOOK, { roomId: this.data.room.id, date: this.data.date, from: slot.from, to: slot.to })
        .then((data) => wx.showToast({ title: '已预约 ' + data.bookSeat.booking.seatNo + ' 号座' }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    scanToCheckIn() {
      wx.scanCode({
        onlyFromCamera: true,
        success: (res) => request(CHECK_IN, { code: res.result })
          .then(() => wx.showToast({ title: '签到成功' }))
          .catch((error) => wx.showToast({ title: error.message, icon: 'none' }))
      });
    }
  }
});
