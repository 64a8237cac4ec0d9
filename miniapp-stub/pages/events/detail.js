// Event detail (pages/events/detail?id=): register or cancel, and the check-in code once confirmed.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const EVENT = require('../../graphql/event');
const REGISTER = require('../../graphql/registerForEvent');
const CANCEL = require('../../graphql/cancelRegistration');

Component({
  data: { id: null, event: null, registered: false, answers: {}, busy: false },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return this.load();
    },
    load() {
      return request(EVENT, { id: this.data.id })
        .then((data) => this.setData({
          event: data.event,
          registered: Boolean(data.event && data.event.myRegistration && data.event.myRegistration.status !== 'CANCELLED')
        }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    answer(event) {
      this.setData({ ['answers.' + event.currentTarget.dataset.question]: event.detail.value });
    },
    register() {
      const answers = Object.keys(this.data.answers).map((questionId) => ({ questionId, value: this.data.answers[questionId] }));
      this.setData({ busy: true });
      return request(REGISTER, { eventId: this.data.id, answers })
        .then((data) => {
          const registration = data.registerForEvent.registration;
          wx.showToast({ title: registration.status === 'WAITLISTED' ? '已进入候补第 ' + registration.waitlistPosition + ' 位' : '报名成功' });
          return this.load();
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }))
        .then(() => this.setData({ busy: false }));
    },
    cancel() {
      return request(CANCEL, { eventId: this.data.id })
        .then(() => this.load())
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
