// Organizers: micro-lecture scheduling — the coming sessions in their units with each one's
// check-in code, its topic and links changed on its own page (organizer/lecture), moving one
// (rescheduleLecture), cancelling one (with a reason the workers who asked for a reminder are sent), and
// scheduling a session: classroom, series, lecturers, topic, day, time and duration. A clash names
// the lecturer or classroom that is busy.
const { request } = require('../../../utils/graphql');
const { nextDays } = require('../../../utils/dates');
const { shortTime } = require('../../../utils/labels');
const { currentUser } = require('../../../utils/me');
const { ROUTES, url } = require('../../../utils/routes');
const LECTURES = require('../../../graphql/organizerLectures');
const SETUP = require('../../../graphql/lectureSetup');
const SCHEDULE = require('../../../graphql/scheduleLecture');
const SCHEDULE_SERIES = require('../../../graphql/scheduleLectureSeries');

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'].map((label, at) => ({ value: String(at + 1), label: '周' + label, checked: false }));
const CANCEL = require('../../../graphql/cancelLecture');
const RESCHEDULE = require('../../../graphql/rescheduleLecture');

// "…+08:00" for a day and a time in the portal's zone, and that instant plus some minutes
const at = (date, time) => date + 'T' + time + ':00+08:00';
const plusMinutes = (iso, minutes) => new Date(new Date(iso).getTime() + minutes * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z');

Component({
  data: {
    lectures: [], classrooms: [], craftsmen: [], series: [{ id: null, name: '不属于系列' }],
    form: { classroom: 0, series: 0, lecturers: [], topic: '', summary: '', date: '', time: '08:00', duration: '10', capacity: '',
      repeat: false, lastDate: '', weekdays: [] },
    weekdays: WEEKDAYS,
    moving: null, move: { date: '', time: '' },
    busy: false, loaded: false, error: ''
  },
  methods: {
    onLoad() {
      this.setData({ 'form.date': nextDays(2)[1].date });
      return currentUser()
        .then((data) => {
          const units = (data.me && data.me.organizerOf) || [];
          if (!units.length) {
            this.setData({ error: '仅限工会组织者使用', loaded: true });
            return null;
          }
          this.orgUnitId = units[0].id;
          return request(SETUP, { orgUnitId: this.orgUnitId }).then((setup) => {
            this.setData({ classrooms: setup.classrooms.edges.map((edge) => edge.node),
              craftsmen: setup.craftsmen.edges.map((edge) => Object.assign({ checked: false }, edge.node)),
              series: [{ id: null, name: '不属于系列' }].concat(setup.lectureSeries.edges.map((edge) => edge.node)) });
            return this.load();
          });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    load() {
      return request(LECTURES, { filter: { orgUnitId: this.orgUnitId }, first: 30 })
        .then((data) => this.setData({ lectures: data.lectures.edges.map((edge) => Object.assign({}, edge.node,
          { time: shortTime(edge.node.startsAt) })), loaded: true }))
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    pickLecturers(event) {
      const ids = event.detail.value;
      this.setData({ 'form.lecturers': ids, craftsmen: this.data.craftsmen.map((item) => Object.assign({}, item,
        { checked: ids.indexOf(item.id) >= 0 })) });
    },
    pickWeekdays(event) {
      const days = event.detail.value;
      this.setData({ 'form.weekdays': days, weekdays: WEEKDAYS.map((day) => Object.assign({}, day, { checked: days.indexOf(day.value) >= 0 })) });
    },
    // one session, or (repeat) the same session on the picked weekdays from the day to the last day, all or none
    schedule() {
      const form = this.data.form;
      const classroom = this.data.classrooms[form.classroom];
      const topic = String(form.topic || '').trim();
      const duration = Number(form.duration);
      if (!classroom || !topic || !form.lecturers.length || !/^\d{4}-\d{2}-\d{2}$/.test(form.date) || !(duration >= 10 && duration <= 180)) {
        this.setData({ error: '请选择课堂、主讲人，填写主题、日期和 10–180 分钟的时长' });
        return Promise.resolve();
      }
      if (form.repeat && (!/^\d{4}-\d{2}-\d{2}$/.test(form.lastDate) || form.lastDate < form.date || !form.weekdays.length)) {
        this.setData({ error: '重复排课请选择结束日期和星期' });
        return Promise.resolve();
      }
      const series = this.data.series[form.series];
      const common = { classroomId: classroom.id, seriesId: series ? series.id : null, lecturerIds: form.lecturers, topic,
        summary: String(form.summary || '').trim() || null, durationMinutes: duration, capacity: form.capacity ? Number(form.capacity) : null };
      const scheduled = form.repeat
        ? request(SCHEDULE_SERIES, { input: Object.assign(common, { firstDate: form.date, lastDate: form.lastDate,
          weekdays: form.weekdays.map(Number).sort(), startTime: form.time }) }).then((data) => data.scheduleLectureSeries.lectures.length)
        : request(SCHEDULE, { input: Object.assign(common, { startsAt: form.date + 'T' + form.time + ':00+08:00' }) }).then(() => 1);
      this.setData({ busy: true, error: '' });
      return scheduled
        .then((count) => {
          wx.showToast({ title: '已排 ' + count + ' 节课' });
          this.setData({ 'form.topic': '', 'form.summary': '' });
          return this.load();
        })
        .catch((error) => this.setData({ error: error.message + (error.detail && error.code !== 'INTERNAL' ? '：' + error.detail : '') }))
        .then(() => this.setData({ busy: false }));
    },
    edit(event) {
      wx.navigateTo({ url: url(ROUTES.lectureEditor, { id: event.currentTarget.dataset.id }) });
    },
    startMoving(event) {
      const id = event.currentTarget.dataset.id;
      const lecture = this.data.lectures.find((item) => item.id === id);
      const local = new Date(new Date(lecture.startsAt).getTime() + 8 * 3600 * 1000).toISOString();
      this.setData({ moving: this.data.moving === id ? null : id, move: { date: local.slice(0, 10), time: local.slice(11, 16) } });
    },
    moveInput(event) {
      this.setData({ ['move.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    // moves the session, keeping its length; workers who asked for a reminder are told
    reschedule() {
      const lecture = this.data.lectures.find((item) => item.id === this.data.moving);
      const startsAt = at(this.data.move.date, this.data.move.time);
      this.setData({ busy: true, error: '' });
      return request(RESCHEDULE, { input: { id: lecture.id, startsAt, endsAt: plusMinutes(startsAt, lecture.durationMinutes) } })
        .then(() => {
          wx.showToast({ title: '已改期' });
          this.setData({ moving: null });
          return this.load();
        })
        .catch((error) => this.setData({ error: error.message + (error.detail && error.code !== 'INTERNAL' ? '：' + error.detail : '') }))
        .then(() => this.setData({ busy: false }));
    },
    cancel(event) {
      const id = event.currentTarget.dataset.id;
      return new Promise((resolve) => {
        wx.showModal({ title: '取消这节课', content: '', editable: true, placeholderText: '取消原因（已订阅提醒的职工会收到）',
          success: (res) => resolve(res.confirm ? String(res.content || '').trim() : null), fail: () => resolve(null) });
      }).then((reason) => {
        if (!reason) {
          return null;
        }
        return request(CANCEL, { id, reason })
          .then(() => this.load())
          .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
      });
    }
  }
});
