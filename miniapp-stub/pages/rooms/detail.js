// A reading room (pages/rooms/detail?id=, also the notice that it closes): a day picker (today and the
// next six days, in the portal's zone), the free seats per slot of the picked day, and booking a slot
// — any free seat with a tap on the slot, or a chosen one (with a socket, accessible) from the slot's
// free seats.
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const { nextDays } = require('../../utils/dates');
const AVAILABILITY = require('../../graphql/roomAvailability');
const BOOK = require('../../graphql/bookSeat');

Component({
  data: { id: null, days: [], date: '', room: null, slot: null, seats: [], busy: false, error: '' },
  methods: {
    onLoad(options) {
      const days = nextDays(7);
      this.setData({ id: params(options).id, days, date: days[0].date });
      return this.load();
    },
    load() {
      this.setData({ slot: null, seats: [] });
      return request(AVAILABILITY, { id: this.data.id, date: this.data.date })
        .then((data) => this.setData({ room: data.readingRoom, error: data.readingRoom ? '' : '书屋不存在' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    pick(event) {
      this.setData({ date: event.currentTarget.dataset.date });
      return this.load();
    },
    // the free seats of a slot, to choose one
    chooseSeat(event) {
      const { from, to } = event.currentTarget.dataset;
      const slot = this.data.room.availability.find((item) => item.from === from);
      const about = {};
      (this.data.room.seats || []).forEach((seat) => { about[seat.seatNo] = seat; });
      this.setData({ slot: { from, to }, seats: slot.freeSeatNos.map((seatNo) => ({ seatNo,
        note: [about[seatNo] && about[seatNo].powerSocket ? '插座' : '', about[seatNo] && about[seatNo].accessible ? '无障碍' : '']
          .filter(Boolean).join(' ') })) });
    },
    book(event) {
      const data = event.currentTarget.dataset;
      const slot = data.from ? { from: data.from, to: data.to } : this.data.slot;
      const variables = { roomId: this.data.id, date: this.data.date, from: slot.from, to: slot.to };
      if (data.seat) {
        variables.seatNo = Number(data.seat);
      }
      this.setData({ busy: true });
      return request(BOOK, variables)
        .then((result) => {
          const booking = result.bookSeat.booking;
          wx.showToast({ title: '已预约 ' + booking.seatNo + ' 号座' });
          wx.navigateTo({ url: url(ROUTES.roomBooking, { id: booking.id }) });
          return booking;
        })
        .catch((error) => {
          wx.showToast({ title: error.message, icon: 'none' });
          return error.code === 'SEAT_TAKEN' ? this.load() : null;
        })
        .then((booking) => {
          this.setData({ busy: false });
          return booking;
        });
    }
  }
});
