// Me: login state, phone binding, my registrations and bookings; the organizer entry for organizers.
const { request, login } = require('../../utils/graphql');
const ME = require('../../graphql/me');
const BIND_PHONE = require('../../graphql/bindPhone');
const MY_REGISTRATIONS = require('../../graphql/myRegistrations');
const MY_BOOKINGS = require('../../graphql/myBookings');

Component({
  data: { me: null, registrations: [], bookings: [], organizer: false },
  methods: {
    onShow() {
      return request(ME).then((data) => {
        if (!data.me) {
          return login().then(() => this.onShow());
        }
        this.setData({ me: data.me, organizer: data.me.roles.indexOf('ORGANIZER') >= 0 });
        return Promise.all([request(MY_REGISTRATIONS, { first: 10 }), request(MY_BOOKINGS, { first: 10 })])
          .then(([registrations, bookings]) => this.setData({
            registrations: registrations.myRegistrations.edges.map((edge) => edge.node),
            bookings: bookings.myBookings.edges.map((edge) => edge.node)
          }));
      }).catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    bindPhone(event) {
      if (!event.detail.code) {
        return Promise.resolve();
      }
      return request(BIND_PHONE, { code: event.detail.code })
        .then(() => this.onShow())
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
