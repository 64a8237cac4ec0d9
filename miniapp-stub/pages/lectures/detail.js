// A micro-lecture (pages/lectures/detail?id=, the reminder and the cancellation notice): when, where,
// who; "remind me" (after the worker consents to the subscribe message) or no more reminder; the
// live or replay link; and checking in at an offline session with the code shown in the room —
// scanned (wx.scanCode) or typed.
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const { scan } = require('../../utils/scan');
const { shortTime } = require('../../utils/labels');
const LECTURE = require('../../graphql/lecture');
const REMIND_ME = require('../../graphql/remindMe');
const CANCEL_REMINDER = require('../../graphql/cancelReminder');
const CHECK_IN = require('../../graphql/checkInLecture');

const REMINDER_TEMPLATE_ID = 'lecture-reminder-template-id';

Component({
  data: { id: null, lecture: null, typed: '', checkedIn: false, error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return request(LECTURE, { id: this.data.id })
        .then((data) => this.setData({ lecture: data.lecture ? Object.assign({}, data.lecture, { time: shortTime(data.lecture.startsAt) }) : null,
          error: data.lecture ? '' : '课程不存在' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    remind() {
      wx.requestSubscribeMessage({
        tmplIds: [REMINDER_TEMPLATE_ID],
        success: (res) => {
          if (res[REMINDER_TEMPLATE_ID] !== 'accept') {
            return;
          }
          request(REMIND_ME, { lectureId: this.data.id })
            .then(() => {
              this.setData({ 'lecture.remindMe': true });
              wx.showToast({ title: '开讲前会提醒你' });
            })
            .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
        }
      });
    },
    cancelReminder() {
      return request(CANCEL_REMINDER, { lectureId: this.data.id })
        .then(() => this.setData({ 'lecture.remindMe': false }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    scanToCheckIn() {
      return scan('c').then((code) => (code ? this.checkIn(code) : null));
    },
    type(event) {
      this.setData({ typed: event.detail.value });
    },
    submitTyped() {
      const code = String(this.data.typed || '').trim();
      return code ? this.checkIn(code) : Promise.resolve();
    },
    checkIn(code) {
      return request(CHECK_IN, { code })
        .then(() => {
          this.setData({ checkedIn: true, error: '' });
          wx.showToast({ title: '签到成功' });
        })
        .catch((error) => this.setData({ error: error.code === 'NOT_FOUND' ? '签到码不对，请核对课堂上展示的签到码' : error.message }));
    },
    copy(event) {
      wx.setClipboardData({ data: event.currentTarget.dataset.link });
    },
    openLecturer(event) {
      wx.navigateTo({ url: url(ROUTES.craftsmanDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
