// Organizers at the door: scan a worker's event check-in QR (wx.scanCode; the registration's
// mini-program code, scene c=<code>, or the code typed in) to check them in with checkInAttendee;
// and the check-in codes of today's micro-lectures in their units, which workers scan or type on
// the lecture's page (checkInLecture); and checking a member card (its QR opens pages/member/verify
// with the card's code as the whole scene).
const { request } = require('../../../utils/graphql');
const { scan } = require('../../../utils/scan');
const { ROUTES, url, parseQuery, sceneValue } = require('../../../utils/routes');
const { shortTime } = require('../../../utils/labels');
const { shanghaiDate } = require('../../../utils/dates');
const { currentUser } = require('../../../utils/me');
const CHECK_IN = require('../../../graphql/checkInAttendee');
const LECTURES = require('../../../graphql/organizerLectures');

Component({
  data: { tab: 'events', typed: '', checkedIn: [], lectures: [], busy: false, error: '' },
  methods: {
    onLoad() {
      return currentUser().then((data) => {
        const me = data.me;
        this.orgUnitId = me && me.organizerOf && me.organizerOf.length ? me.organizerOf[0].id : null;
        if (!this.orgUnitId) {
          this.setData({ error: '仅限工会组织者使用' });
        }
      }).catch((error) => this.setData({ error: error.message }));
    },
    switchTab(event) {
      const tab = event.currentTarget.dataset.tab;
      this.setData({ tab });
      return tab === 'lectures' ? this.loadLectures() : Promise.resolve();
    },
    loadLectures() {
      const today = shanghaiDate(new Date());
      const filter = { orgUnitId: this.orgUnitId, from: today + 'T00:00:00+08:00', to: today + 'T23:59:59+08:00' };
      return request(LECTURES, { filter, first: 50 })
        .then((data) => this.setData({ lectures: data.lectures.edges.map((edge) => Object.assign({}, edge.node,
          { time: shortTime(edge.node.startsAt) })), error: '' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    scan() {
      return scan('c').then((code) => (code ? this.checkIn(code) : null));
    },
    scanMemberCard() {
      return new Promise((resolve) => {
        wx.scanCode({
          onlyFromCamera: true,
          success: (res) => {
            const path = res.path || '';
            const code = (path.indexOf('?') > 0 ? sceneValue(parseQuery(path.split('?')[1])) : '') || String(res.result || '').trim();
            if (code) {
              wx.navigateTo({ url: url(ROUTES.memberVerify, { code }) });
            }
            resolve(code || null);
          },
          fail: () => resolve(null)
        });
      });
    },
    type(event) {
      this.setData({ typed: event.detail.value });
    },
    submitTyped() {
      const code = String(this.data.typed || '').trim();
      return code ? this.checkIn(code).then(() => this.setData({ typed: '' })) : Promise.resolve();
    },
    checkIn(code) {
      this.setData({ busy: true, error: '' });
      return request(CHECK_IN, { code })
        .then((data) => {
          const registration = data.checkInAttendee.registration;
          this.setData({ checkedIn: [registration].concat(this.data.checkedIn).slice(0, 20) });
          wx.showToast({ title: '签到成功' });
          return registration;
        })
        .catch((error) => {
          this.setData({ error: error.code === 'NOT_FOUND' ? '无效的签到码，或不是本单位的活动' : error.message });
          wx.showToast({ title: error.message, icon: 'none' });
        })
        .then((result) => {
          this.setData({ busy: false });
          return result;
        });
    }
  }
});
