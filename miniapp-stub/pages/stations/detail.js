// A service station (pages/stations/detail?id=): its services and hours, reporting a problem to its
// organizers, and taking today's free meal (爱心餐) where the station has them.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const { ISSUE_KINDS, describe } = require('../../utils/stations');
const STATION = require('../../graphql/serviceStation');
const REPORT = require('../../graphql/reportStationIssue');
const CLAIM = require('../../graphql/claimFreeMeal');

Component({
  data: { id: null, station: null, kinds: ISSUE_KINDS, kind: '', note: '', error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return this.load();
    },
    load() {
      return request(STATION, { id: this.data.id })
        .then((data) => this.setData({
          station: data.serviceStation ? describe(data.serviceStation) : null,
          error: data.serviceStation ? '' : '服务站不存在'
        }))
        .catch((error) => this.setData({ error: error.message }));
    },
    pickKind(event) {
      this.setData({ kind: event.currentTarget.dataset.kind });
    },
    typeNote(event) {
      this.setData({ note: event.detail.value });
    },
    report() {
      if (!this.data.kind) {
        wx.showToast({ title: '请选择遇到的问题', icon: 'none' });
        return Promise.resolve(null);
      }
      const variables = { stationId: this.data.id, kind: this.data.kind };
      if (this.data.note.trim()) {
        variables.note = this.data.note.trim();
      }
      return request(REPORT, variables)
        .then((data) => {
          wx.showToast({ title: '已反馈，感谢' });
          this.setData({ kind: '', note: '' });
          return this.load().then(() => data.reportStationIssue.issue);
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    claim() {
      return request(CLAIM, { stationId: this.data.id })
        .then((data) => {
          wx.showToast({ title: '领取成功，请向站点出示' });
          return this.load().then(() => data.claimFreeMeal);
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
