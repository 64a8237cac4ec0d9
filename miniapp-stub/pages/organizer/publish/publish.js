// Organizers: publish a new event (no parameters) or edit one (?id=): every field of the event —
// title, texts, cover (a link, or a picture uploaded from the phone), kind, category, season, audience, the venue with its position (wx.chooseLocation)
// and city, times, the registration window, capacity and waitlist, tags, and the sign-up questions
// (at most 5, fixed once the event exists). A new event is saved as a draft or published at once.
const { request } = require('../../../utils/graphql');
const { ROUTES, params, url } = require('../../../utils/routes');
const { nextDays } = require('../../../utils/dates');
const { CITIES, CATEGORIES, KINDS, AUDIENCES, QUESTION_KINDS, indexOf } = require('../../../utils/labels');
const { currentUser } = require('../../../utils/me');
const { listOf, isPictureUrl } = require('../../../utils/form');
const { uploadInto } = require('../../../utils/upload');
const SEASONS = require('../../../graphql/seasons');
const EVENT = require('../../../graphql/eventForEdit');
const CREATE_EVENT = require('../../../graphql/createEvent');
const UPDATE_EVENT = require('../../../graphql/updateEvent');
const PUBLISH_EVENT = require('../../../graphql/publishEvent');

const MAX_QUESTIONS = 5;

function at(date, time) {
  return date + 'T' + time + ':00+08:00';
}

// "2026-12-20T14:00:00+08:00" → { date: '2026-12-20', time: '14:00' } in the portal's zone
function split(iso) {
  const local = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

function emptyForm(cityCode) {
  const today = nextDays(1)[0].date;
  return {
    title: '', summary: '', body: '', coverUrl: '', tags: '',
    kind: 0, category: 0, audience: 0, season: 0, city: indexOf(CITIES, cityCode || '330100'), districtCode: '',
    venue: '', address: '', lat: null, lng: null,
    date: '', from: '14:00', to: '16:00',
    opensDate: today, opensTime: '', closesDate: '', closesTime: '',
    capacity: '', waitlistEnabled: true
  };
}

Component({
  data: {
    id: null, version: null, status: null, orgUnits: [], orgUnit: 0, seasons: [{ id: null, name: '不属于文体季' }],
    cities: CITIES, categories: CATEGORIES, kinds: KINDS, audiences: AUDIENCES, questionKinds: QUESTION_KINDS,
    form: emptyForm(), questions: [], busy: false, error: ''
  },
  methods: {
    onLoad(options) {
      const id = params(options).id || null;
      this.setData({ id });
      const city = (typeof getApp === 'function' && getApp() && getApp().globalData.city) || '330100';
      this.setData({ form: emptyForm(city) });
      return Promise.all([currentUser(), request(SEASONS).catch(() => null)])
        .then(([me, seasons]) => {
          const units = (me.me && me.me.organizerOf) || [];
          this.setData({ orgUnits: units.length ? units : (me.me && me.me.orgUnit ? [me.me.orgUnit] : []),
            seasons: [{ id: null, name: '不属于文体季' }].concat(seasons ? seasons.seasons.edges.map((edge) => edge.node) : []) });
          return id ? this.loadEvent(id) : null;
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    loadEvent(id) {
      return request(EVENT, { id }).then((data) => {
        const event = data.event;
        if (!event) {
          this.setData({ error: '活动不存在' });
          return;
        }
        const starts = split(event.startsAt);
        const ends = split(event.endsAt);
        const opens = split(event.registrationOpensAt);
        const closes = split(event.registrationClosesAt);
        this.setData({
          version: event.version, status: event.status,
          form: {
            title: event.title, summary: event.summary, body: event.body || '', coverUrl: event.coverUrl || '',
            tags: (event.tags || []).join(','), kind: indexOf(KINDS, event.kind), category: indexOf(CATEGORIES, event.category),
            audience: indexOf(AUDIENCES, event.audience),
            season: Math.max(0, this.data.seasons.findIndex((season) => event.season && season.id === event.season.id)),
            city: indexOf(CITIES, event.venue.cityCode), districtCode: event.venue.districtCode || '',
            venue: event.venue.name, address: event.venue.address, lat: event.venue.lat, lng: event.venue.lng,
            date: starts.date, from: starts.time, to: ends.time,
            opensDate: opens.date, opensTime: opens.time, closesDate: closes.date, closesTime: closes.time,
            capacity: event.capacity == null ? '' : String(event.capacity), waitlistEnabled: event.waitlistEnabled
          },
          questions: event.questions.map((question) => ({ label: question.label, kind: indexOf(QUESTION_KINDS, question.kind),
            required: question.required, options: question.options.join(',') }))
        });
      });
    },
    input(event) {
      const value = event.detail.value;
      this.setData({ ['form.' + event.currentTarget.dataset.field]: value });
    },
    pickUnit(event) {
      this.setData({ orgUnit: Number(event.detail.value) });
    },
    chooseLocation() {
      wx.chooseLocation({
        latitude: this.data.form.lat || undefined,
        longitude: this.data.form.lng || undefined,
        success: (res) => this.setData({
          'form.venue': this.data.form.venue || res.name || '',
          'form.address': res.address || this.data.form.address,
          'form.lat': res.latitude,
          'form.lng': res.longitude
        })
      });
    },
    addQuestion() {
      if (this.data.id || this.data.questions.length >= MAX_QUESTIONS) {
        return;
      }
      this.setData({ questions: this.data.questions.concat([{ label: '', kind: 0, required: false, options: '' }]) });
    },
    removeQuestion(event) {
      const index = Number(event.currentTarget.dataset.index);
      this.setData({ questions: this.data.questions.filter((item, at) => at !== index) });
    },
    questionInput(event) {
      const { index, field } = event.currentTarget.dataset;
      this.setData({ ['questions[' + index + '].' + field]: event.detail.value });
    },
    // What the form says as an event input, or a message saying what is missing.
    uploadCover() {
      return uploadInto(this, 'coverUrl');
    },
    build() {
      const form = this.data.form;
      const trim = (value) => String(value || '').trim();
      if (!trim(form.title) || !trim(form.summary)) {
        return { error: '请填写活动名称和简介' };
      }
      if (trim(form.coverUrl) && (!isPictureUrl(form.coverUrl) || trim(form.coverUrl).length > 500)) {
        return { error: '封面链接须以 https:// 开头，或上传图片' };
      }
      if (!trim(form.venue) || !trim(form.address) || form.lat == null || form.lng == null) {
        return { error: '请填写场馆并在地图上选择位置' };
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date) || !/^\d{2}:\d{2}$/.test(form.from) || !/^\d{2}:\d{2}$/.test(form.to)
        || form.to <= form.from) {
        return { error: '请填写活动日期和起止时间' };
      }
      const capacity = trim(form.capacity);
      if (capacity && !(Number(capacity) > 0 && Number.isInteger(Number(capacity)))) {
        return { error: '名额须为正整数，不限名额请留空' };
      }
      const startsAt = at(form.date, form.from);
      const questions = this.data.questions.map((question) => ({
        label: trim(question.label), kind: QUESTION_KINDS[question.kind].value, required: Boolean(question.required),
        options: QUESTION_KINDS[question.kind].value === 'CHOICE' ? listOf(question.options) : []
      }));
      if (questions.some((question) => !question.label || (question.kind === 'CHOICE' && question.options.length < 2))) {
        return { error: '每个报名问题需要标题，单选题至少两个选项' };
      }
      const input = {
        title: trim(form.title),
        summary: trim(form.summary),
        body: trim(form.body) || null,
        coverUrl: trim(form.coverUrl) || null,
        category: CATEGORIES[form.category].value,
        audience: AUDIENCES[form.audience].value,
        tags: listOf(form.tags),
        venue: { name: trim(form.venue), address: trim(form.address), cityCode: CITIES[form.city].value,
          districtCode: trim(form.districtCode) || null, lat: Number(form.lat), lng: Number(form.lng) },
        startsAt,
        endsAt: at(form.date, form.to),
        registrationOpensAt: form.opensDate && form.opensTime ? at(form.opensDate, form.opensTime)
          : new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        registrationClosesAt: form.closesDate && form.closesTime ? at(form.closesDate, form.closesTime) : startsAt,
        capacity: capacity ? Number(capacity) : null,
        waitlistEnabled: Boolean(form.waitlistEnabled)
      };
      if (!this.data.id) {
        const unit = this.data.orgUnits[this.data.orgUnit];
        if (!unit) {
          return { error: '你还不是任何工会的组织者' };
        }
        const season = this.data.seasons[form.season];
        Object.assign(input, { orgUnitId: unit.id, kind: KINDS[form.kind].value, seasonId: season ? season.id : null, questions });
      }
      return { input };
    },
    // Saves (a new event as a draft, or the changes); `publish` publishes a draft after saving.
    save(publish) {
      const built = this.build();
      if (built.error) {
        this.setData({ error: built.error });
        return Promise.resolve();
      }
      this.setData({ busy: true, error: '' });
      const saved = this.data.id
        ? request(UPDATE_EVENT, { input: Object.assign({ id: this.data.id, version: this.data.version }, built.input) })
          .then((data) => data.updateEvent.event)
        : request(CREATE_EVENT, { input: built.input }).then((data) => data.createEvent.event);
      return saved
        .then((event) => {
          this.setData({ id: event.id, version: event.version == null ? this.data.version : event.version, status: event.status });
          if (publish === true && event.status === 'DRAFT') {
            return request(PUBLISH_EVENT, { id: event.id }).then((data) => {
              this.setData({ status: data.publishEvent.event.status });
              wx.showToast({ title: '已发布' });
            });
          }
          wx.showToast({ title: '已保存' });
          return null;
        })
        .catch((error) => {
          this.setData({ error: error.message });
          wx.showToast({ title: error.message, icon: 'none' });
        })
        .then(() => this.setData({ busy: false }));
    },
    submit() {
      return this.save(true);
    },
    saveDraft() {
      return this.save(false);
    },
    openAttendees() {
      wx.navigateTo({ url: url(ROUTES.attendees, { id: this.data.id }) });
    }
  }
});
