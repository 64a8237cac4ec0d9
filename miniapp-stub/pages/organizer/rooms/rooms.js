// Organizers: the reading rooms of their units — occupancy right now (booked, checked in, free),
// today's desk code and its QR (printed at the desk; workers scan it to check in), and closing a
// room for a day (that day's bookings are cancelled and the workers told); seats out of service and
// back, its weekly hours and booking horizon; and a new room with its seats, position (wx.chooseLocation) and weekly hours.
// A room's other details (name, address, facilities, photos, each weekday's hours, release time) are
// edited on its own page (organizer/room).
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { nextDays } = require('../../../utils/dates');
const { currentUser } = require('../../../utils/me');
const { listOf } = require('../../../utils/form');
const ROOMS = require('../../../graphql/organizerRooms');
const OCCUPANCY = require('../../../graphql/roomOccupancy');
const CLOSE = require('../../../graphql/closeReadingRoom');
const SEATS = require('../../../graphql/roomSeats');
const SET_SEAT = require('../../../graphql/setSeatInService');
const CREATE_ROOM = require('../../../graphql/createReadingRoom');
const UPDATE_ROOM = require('../../../graphql/updateReadingRoom');

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'].map((label, at) => ({ value: String(at + 1), label: '周' + label, checked: at < 5 }));
const SLOTS = [{ value: 30, label: '30 分钟' }, { value: 60, label: '1 小时' }, { value: 120, label: '2 小时' }];
const emptyRoom = () => ({ name: '', address: '', lat: null, lng: null, seatCount: '', powerSocketSeats: '', accessibleSeats: '',
  facilities: '', weekdays: ['1', '2', '3', '4', '5'], opens: '09:00', closes: '21:00', slot: 1, horizon: '7' });
const numbers = (text) => String(text || '').split(/[,，\s]+/).filter(Boolean).map(Number).filter((n) => Number.isInteger(n) && n > 0);

Component({
  data: { rooms: [], occupancy: {}, opened: null, seats: [], hours: { weekdays: [], opens: '09:00', closes: '21:00', horizon: '7' },
    hourDays: WEEKDAYS, creating: false, room: emptyRoom(), weekdays: WEEKDAYS, slots: SLOTS, days: [], closeDay: 0, closeReason: '', loaded: false, busy: false, error: '' },
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
          this.orgUnitId = units[0].id;
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
        .catch((error) => this.setData({ error: error.message }));
    },
    refresh(event) {
      return this.occupancyOf(event.currentTarget.dataset.id);
    },
    toggle(event) {
      const id = event.currentTarget.dataset.id;
      const opened = this.data.opened === id ? null : id;
      const room = this.data.rooms.find((item) => item.id === id) || {};
      const open = room.openingHours || [];
      const weekdays = open.map((item) => String(item.weekday));
      this.setData({ opened, seats: [], closeReason: '', error: '',
        hours: { weekdays, opens: open.length ? open[0].opens : '09:00', closes: open.length ? open[0].closes : '21:00',
          horizon: String(room.bookingHorizonDays || 7) },
        hourDays: WEEKDAYS.map((day) => Object.assign({}, day, { checked: weekdays.indexOf(day.value) >= 0 })) });
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
    hoursInput(event) {
      this.setData({ ['hours.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    hoursWeekdays(event) {
      const days = event.detail.value;
      this.setData({ 'hours.weekdays': days, hourDays: WEEKDAYS.map((day) => Object.assign({}, day, { checked: days.indexOf(day.value) >= 0 })) });
    },
    // new weekly hours (the same opening and closing on each picked weekday) and booking horizon;
    // bookings already made stand
    saveHours() {
      const hours = this.data.hours;
      if (!hours.weekdays.length || !(hours.closes > hours.opens)) {
        this.setData({ error: '请选择开放的星期，关门时间须晚于开门时间' });
        return Promise.resolve();
      }
      const input = { roomId: this.data.opened, bookingHorizonDays: Number(hours.horizon) || 7,
        openingHours: hours.weekdays.map(Number).sort().map((weekday) => ({ weekday, opens: hours.opens, closes: hours.closes })) };
      this.setData({ busy: true, error: '' });
      return request(UPDATE_ROOM, { input })
        .then((data) => {
          const room = data.updateReadingRoom.room;
          this.setData({ rooms: this.data.rooms.map((item) => (item.id === room.id ? Object.assign({}, item, room) : item)) });
          wx.showToast({ title: '已保存' });
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    },
    startCreating() {
      this.setData({ creating: !this.data.creating, room: emptyRoom(), weekdays: WEEKDAYS, error: '' });
    },
    roomInput(event) {
      this.setData({ ['room.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    roomWeekdays(event) {
      const days = event.detail.value;
      this.setData({ 'room.weekdays': days, weekdays: WEEKDAYS.map((day) => Object.assign({}, day, { checked: days.indexOf(day.value) >= 0 })) });
    },
    roomLocation() {
      wx.chooseLocation({
        success: (res) => this.setData({ 'room.name': this.data.room.name || res.name || '', 'room.address': res.address || this.data.room.address,
          'room.lat': res.latitude, 'room.lng': res.longitude })
      });
    },
    create() {
      const room = this.data.room;
      const name = String(room.name || '').trim();
      const address = String(room.address || '').trim();
      const seatCount = Number(room.seatCount);
      if (!name || !address || room.lat == null || !(Number.isInteger(seatCount) && seatCount > 0) || !room.weekdays.length
        || !(room.closes > room.opens)) {
        this.setData({ error: '请填写名称、地址、座位数，在地图上选择位置，并选择开放的星期和时间' });
        return Promise.resolve();
      }
      const input = { orgUnitId: this.orgUnitId, name, address, lat: Number(room.lat), lng: Number(room.lng), seatCount,
        powerSocketSeats: numbers(room.powerSocketSeats).filter((n) => n <= seatCount),
        accessibleSeats: numbers(room.accessibleSeats).filter((n) => n <= seatCount),
        facilities: listOf(room.facilities),
        openingHours: room.weekdays.map(Number).sort().map((weekday) => ({ weekday, opens: room.opens, closes: room.closes })),
        slotMinutes: SLOTS[room.slot].value, bookingHorizonDays: Number(room.horizon) || 7 };
      this.setData({ busy: true, error: '' });
      return request(CREATE_ROOM, { input })
        .then((data) => {
          const created = data.createReadingRoom.room;
          this.setData({ rooms: [created].concat(this.data.rooms), creating: false, room: emptyRoom() });
          wx.showToast({ title: '已开放' });
          return this.occupancyOf(created.id);
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    },
    openRoom(event) {
      wx.navigateTo({ url: url(ROUTES.roomDetail, { id: event.currentTarget.dataset.id }) });
    },
    editRoom(event) {
      wx.navigateTo({ url: url(ROUTES.roomEditor, { id: event.currentTarget.dataset.id }) });
    }
  }
});
