// Event detail (pages/events/detail?id=): the event, its sign-up questions (text or one choice,
// required ones checked before sending), register (confirmed or on the waitlist) or cancel, and
// the check-in code once confirmed.
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const { REGISTRATION_STATUS, CATEGORIES, KINDS, labelOf, shortTime } = require('../../utils/labels');
const EVENT = require('../../graphql/event');
const REGISTER = require('../../graphql/registerForEvent');
const CANCEL = require('../../graphql/cancelRegistration');

Component({
  data: { id: null, event: null, registered: false, statusText: '', answers: {}, busy: false, error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return this.load();
    },
    load() {
      return request(EVENT, { id: this.data.id })
        .then((data) => {
          const event = data.event;
          if (!event) {
            this.setData({ event: null, error: '活动不存在或已下线' });
            return;
          }
          const registration = event.myRegistration;
          this.setData({
            event: Object.assign({}, event, { time: shortTime(event.startsAt) + ' – ' + shortTime(event.endsAt).slice(6),
              closesText: shortTime(event.registrationClosesAt), kindText: labelOf(KINDS, event.kind),
              categoryText: labelOf(CATEGORIES, event.category),
              questions: (event.questions || []).map((question) => Object.assign({}, question, { options: question.options || [] })) }),
            registered: Boolean(registration && registration.status !== 'CANCELLED'),
            statusText: registration ? REGISTRATION_STATUS[registration.status] || registration.status : '',
            error: ''
          });
        })
        .catch((error) => {
          this.setData({ error: error.message });
          wx.showToast({ title: error.message, icon: 'none' });
        });
    },
    answer(event) {
      this.setData({ ['answers.' + event.currentTarget.dataset.question]: event.detail.value });
    },
    choose(event) {
      const { question } = event.currentTarget.dataset;
      const found = this.data.event.questions.find((item) => item.id === question);
      this.setData({ ['answers.' + question]: found.options[Number(event.detail.value)] });
    },
    register() {
      const questions = (this.data.event && this.data.event.questions) || [];
      const missing = questions.find((question) => question.required && !String(this.data.answers[question.id] || '').trim());
      if (missing) {
        wx.showToast({ title: '请填写：' + missing.label, icon: 'none' });
        return Promise.resolve();
      }
      const answers = Object.keys(this.data.answers).filter((questionId) => String(this.data.answers[questionId] || '').trim())
        .map((questionId) => ({ questionId, value: String(this.data.answers[questionId]).trim() }));
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
        .then(() => {
          wx.showToast({ title: '已取消报名' });
          return this.load();
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    openCode() {
      wx.navigateTo({ url: url(ROUTES.eventCheckIn, { id: this.data.id }) });
    }
  }
});
