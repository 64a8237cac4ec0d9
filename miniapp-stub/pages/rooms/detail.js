// A reading room (pages/rooms/detail?id=, also the notice that it closes): a day picker (today and the
// next six days, in the portal's zone), the free seats per slot of the picked day, and booking a slot.
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const { nextDays } = require('../../utils/dates');
const AVAILABILITY = require('../../graphql/roomAvailability');
const BOOK = require('../../graphql/bookSeat');

Component({
  data: { id: null, days: [], date: '', room: null, error: '' },
  methods: {
    onLoad(options) {
      const days = nextDays(7);
      this.setData({ id: params(options).id, days, date: days[0].date });
      return this.load();
    },
    load() {
      return request(AVAILABILITY, { id: this.data.id, date: this.data.date })
        .then((data) => this.setData({ room: data.readingRoom, error: data.readingRoom ? '' : '书屋不存在' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    pick(event) {
      this.setData({ date: event.currentTarget.dataset.date });
      return this.load();
    },
    book(event) {
      const slot = event.currentTarget.dataset;
      return request(BOOK, { roomId: this.data.id, date: this.data.date, from: slot.from, to: slot.to })
        .then((data) => {
          const booking = data.bookSeat.booking;
          wx.showToast({ title: '已预约 ' + booking.seatNo + ' 号座' });
          wx.navigateTo({ url: url(ROUTES.roomBooking, { id: booking.id }) });
          return booking;
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
