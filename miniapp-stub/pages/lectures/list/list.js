// Micro-lectures: the week strip (sessions per day), the schedule of a picked day, a session's page,
// my reminders, and "remind me" after the worker consents to the subscribe message.
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const LECTURES = require('../../../graphql/lectures');
const REMIND_ME = require('../../../graphql/remindMe');
const LECTURE_DAYS = require('../../../graphql/lectureDays');
const { nextDays } = require('../../../utils/dates');

const REMINDER_TEMPLATE_ID = 'lecture-reminder-template-id';

Component({
  data: { days: [], day: null, lectures: [], error: '' },
  methods: {
    onLoad() {
      // the week strip: today and the next six days in the portal's zone, each with its count of sessions
      const week = nextDays(7);
      return request(LECTURE_DAYS, { from: week[0].date, to: week[6].date })
        .then((data) => {
          const counts = {};
          data.lectureDays.forEach((day) => { counts[day.date] = day.count; });
          this.setData({ days: week.map((day) => ({ date: day.date, label: day.label, count: counts[day.date] || 0 })) });
        })
        .then(() => this.show(null))
        .catch((error) => this.setData({ error: error.message }));
    },
    pick(event) {
      return this.show(event.currentTarget.dataset.date);
    },
    show(day) {
      const filter = day ? { from: day + 'T00:00:00+08:00', to: day + 'T23:59:59+08:00' } : null;
      this.setData({ day });
      return request(LECTURES, { filter, first: 20 })
        .then((data) => this.setData({ lectures: data.lectures.edges.map((edge) => edge.node) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.lectureDetail, { id: event.currentTarget.dataset.id }) });
    },
    openMine() {
      wx.navigateTo({ url: url(ROUTES.myReminders) });
    },
    remind(event) {
      const lectureId = event.currentTarget.dataset.id;
      wx.requestSubscribeMessage({
        tmplIds: [REMINDER_TEMPLATE_ID],
        success: (res) => {
          if (res[REMINDER_TEMPLATE_ID] !== 'accept') {
            return;
          }
          request(REMIND_ME, { lectureId })
            .then(() => {
              this.setData({ lectures: this.data.lectures.map((item) => (item.id === lectureId ? Object.assign({}, item, { remindMe: true }) : item)) });
              wx.showToast({ title: '开讲前会提醒你' });
            })
            .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
        }
      });
    }
  }
});
