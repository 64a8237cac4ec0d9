// Me: login state, phone binding, my registrations and bookings (shown at once from the last good
// answers while fresh ones load), the way to my pages and the member card, the organizer entry, and
// deleting the account (deleteMyAccount, after a confirmation): the token and the stored answers are
// dropped and the mini-program starts again at home.
const { request, cachedRequest, lastAnswer, login, forgetSession } = require('../../utils/graphql');
const { ROUTES, url } = require('../../utils/routes');
const { confirm, sending } = require('../../utils/form');
const { REGISTRATION_STATUS, BOOKING_STATUS } = require('../../utils/labels');
const ME = require('../../graphql/me');
const BIND_PHONE = require('../../graphql/bindPhone');
const MY_REGISTRATIONS = require('../../graphql/myRegistrations');
const MY_BOOKINGS = require('../../graphql/myBookings');
const DELETE_ACCOUNT = require('../../graphql/deleteMyAccount');

const LINKS = [
  { label: '我的报名', route: 'myRegistrations' }, { label: '我的预约', route: 'myBookings' }, { label: '我的提醒', route: 'myReminders' },
  { label: '我的收藏', route: 'myFavourites' }, { label: '电子会员卡', route: 'memberCard' }, { label: '申请入会', route: 'memberApply' }
].map((link) => ({ label: link.label, url: url(ROUTES[link.route]) }));

Component({
  data: { me: null, registrations: [], bookings: [], organizer: false, links: LINKS, organizerUrl: url(ROUTES.organizer), stale: false,
    busy: false, error: '' },
  methods: {
    onShow() {
      const me = cachedRequest('me', ME);
      if (me.cached && me.cached.me) {
        this.showMe(me.cached.me);
        this.showLists(lastAnswer('me:registrations'), lastAnswer('me:bookings'), true);
      }
      return me.fresh.then((data) => {
        if (!data.me) {
          return login().then(() => this.onShow());
        }
        this.showMe(data.me);
        const registrations = cachedRequest('me:registrations', MY_REGISTRATIONS, { first: 10 });
        const bookings = cachedRequest('me:bookings', MY_BOOKINGS, { first: 10 });
        return Promise.all([registrations.fresh, bookings.fresh]).then(([mine, booked]) => this.showLists(mine, booked, false));
      }).catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    showMe(me) {
      this.setData({ me, organizer: me.roles.indexOf('ORGANIZER') >= 0 });
    },
    showLists(registrations, bookings, stale) {
      if (!registrations || !bookings) {
        return;
      }
      this.setData({
        registrations: registrations.myRegistrations.edges.map((edge) => Object.assign({}, edge.node,
          { statusText: REGISTRATION_STATUS[edge.node.status] || edge.node.status })),
        bookings: bookings.myBookings.edges.map((edge) => Object.assign({}, edge.node,
          { statusText: BOOKING_STATUS[edge.node.status] || edge.node.status })),
        stale: Boolean(stale)
      });
    },
    go(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    },
    openEvent(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    },
    openBooking(event) {
      wx.navigateTo({ url: url(ROUTES.roomBooking, { id: event.currentTarget.dataset.id }) });
    },
    bindPhone(event) {
      if (!event.detail.code) {
        return Promise.resolve();
      }
      return request(BIND_PHONE, { code: event.detail.code })
        .then(() => this.onShow())
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    deleteAccount() {
      return confirm({ title: '注销账号', content: '注销后昵称、手机号、微信绑定和入会申请中的姓名将被删除，会籍随之结束，且不能恢复。确定注销？',
        confirmText: '注销', confirmColor: '#c62f2f' })
        .then((confirmed) => (confirmed ? sending(this, () => request(DELETE_ACCOUNT).then(() => {
          forgetSession();
          wx.showToast({ title: '账号已注销' });
          wx.reLaunch({ url: url(ROUTES.home) });
        })) : null));
    }
  }
});
