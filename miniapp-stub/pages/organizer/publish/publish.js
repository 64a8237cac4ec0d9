// Organizers: a minimal form that creates an event for their union and publishes it.
const { request } = require('../../../utils/graphql');
const ME = require('../../../graphql/me');
const CREATE_EVENT = require('../../../graphql/createEvent');
const PUBLISH_EVENT = require('../../../graphql/publishEvent');

function at(date, time) {
  return date + 'T' + time + ':00+08:00';
}

Component({
  data: {
    orgUnitId: null,
    form: { title: '', summary: '', venue: '', address: '', cityCode: '330100', date: '', from: '14:00', to: '16:00', capacity: '50' },
    busy: false
  },
  methods: {
    onLoad() {
      return request(ME).then((data) => this.setData({ orgUnitId: data.me && data.me.organizerOf && data.me.organizerOf.length
        ? data.me.organizerOf[0].id : (data.me && data.me.orgUnit ? data.me.orgUnit.id : null) }));
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    submit() {
      const form = this.data.form;
      const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const input = {
        orgUnitId: this.data.orgUnitId,
        title: form.title,
        summary: form.summary,
        kind: 'DEMONSTRATION',
        category: 'CULTURE',
        venue: { name: form.venue, address: form.address, cityCode: form.cityCode, lat: 30.27, lng: 120.15 },
        startsAt: at(form.date, form.from),
        endsAt: at(form.date, form.to),
        registrationOpensAt: now,
        registrationClosesAt: at(form.date, form.from),
        capacity: Number(form.capacity),
        waitlistEnabled: true
      };
      this.setData({ busy: true });
      return request(CREATE_EVENT, { input })
        .then((data) => request(PUBLISH_EVENT, { id: data.createEvent.event.id }))
        .then(() => wx.showToast({ title: '已发布' }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }))
        .then(() => this.setData({ busy: false }));
    }
  }
});
