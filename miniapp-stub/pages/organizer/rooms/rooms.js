// Organizers: the reading rooms of their units — occupancy right now (booked, checked in, free),
// today's desk code and its QR (printed at the desk; workers scan it to check in), and closing a
// room for a day (that day's bookings are cancelled and the workers told); seats out of service and
// back.
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { nextDays } = require('../../../utils/dates');
const { currentUser } = require('../../../utils/me');
const ROOMS = require('../../../graphql/organizerRooms');
const OCCUPANCY = require('../../../graphql/roomOccupancy');
const CLOSE = require('../../../graphql/closeReadingRoom');
const SEATS = require('../../../graphql/roomSeats');
const SET_SEAT = require('../../../graphql/setSeatInService');

Component({
  data: { rooms: [], occupancy: {}, opened: null, seats: [], days: [], closeDay: 0, closeReason: '', loaded: false, busy: false, error: '' },
  methods: {
    onLoad() {
      this.setData({ days: nextDays(7) });
      return currentUser()
        .then((data) => {
          const units = (data.me && data.me.organizerOf) || [];
          if (!units.length) {
            this.setData({ error: '仅限工会组织者使用', loaded: true });
            return null;
          }
          return request(ROOMS, { orgUnitId: units[0].id, first: 50 }).then((rooms) => {
            this.setData({ rooms: rooms.readingRooms.edges.map((edge) => edge.node), loaded: true });
            return Promise.all(this.data.rooms.map((room) => this.occupancyOf(room.id)));
          });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    occupancyOf(roomId) {
      return request(OCCUPANCY, { roomId })
        .then((data) => this.setData({ ['occupancy.' + roomId]: data.roomOccupancy }))
        .catch(() => null);
    },
    refresh(event) {
      return this.occupancyOf(event.currentTarget.dataset.id);
    },
    toggle(event) {
      const id = event.currentTarget.dataset.id;
      const opened = this.data.opened === id ? null : id;
      this.setData({ opened, seats: [], closeReason: '', error: '' });
      return opened ? request(SEATS, { id: opened })
        .then((data) => this.setData({ seats: data.readingRoom ? data.readingRoom.seats : [] }))
        .catch((error) => this.setData({ error: error.message })) : Promise.resolve();
    },
    seatInService(event) {
      const seatNo = Number(event.currentTarget.dataset.seat);
      const roomId = this.data.opened;
      return request(SET_SEAT, { roomId, seatNo, inService: event.detail.value })
        .then((data) => {
          const seat = data.setSeatInService.seat;
          this.setData({ seats: this.data.seats.map((item) => (item.seatNo === seat.seatNo ? Object.assign({}, item, seat) : item)) });
          return this.occupancyOf(roomId);
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    pickDay(event) {
      this.setData({ closeDay: Number(event.detail.value) });
    },
    reason(event) {
      this.setData({ closeReason: event.detail.value });
    },
    close() {
      const reason = String(this.data.closeReason || '').trim();
      if (!reason) {
        this.setData({ error: '请填写闭馆原因，预约者会收到' });
        return Promise.resolve();
      }
      const date = this.data.days[this.data.closeDay].date;
      this.setData({ busy: true, error: '' });
      return request(CLOSE, { roomId: this.data.opened, date, reason })
        .then((data) => {
          const result = data.closeReadingRoom;
          this.setData({ rooms: this.data.rooms.map((room) => (room.id === result.room.id
            ? Object.assign({}, room, { upcomingClosures: result.room.upcomingClosures }) : room)), closeReason: '' });
          wx.showToast({ title: '已闭馆，取消 ' + result.cancelledBookings + ' 个预约', icon: 'none' });
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    },
    openRoom(event) {
      wx.navigateTo({ url: url(ROUTES.roomDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
