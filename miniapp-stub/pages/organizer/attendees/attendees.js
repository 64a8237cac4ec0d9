// Organizers: who registered for an event (?id=), by status, with their sign-up answers and phones
// masked; the whole list as CSV (GET /api/events/{id}/attendees.csv with the bearer token), downloaded
// with wx.downloadFile and passed on with wx.shareFileMessage (or opened).
const { request, TOKEN_KEY } = require('../../../utils/graphql');
const { ROUTES, params, url } = require('../../../utils/routes');
const { REGISTRATION_STATUS, shortTime } = require('../../../utils/labels');
const config = require('../../../config');
const ATTENDEES = require('../../../graphql/eventAttendees');

const FILTERS = [{ value: null, label: '全部' }, { value: 'CONFIRMED', label: '已报名' }, { value: 'WAITLISTED', label: '候补' },
  { value: 'ATTENDED', label: '已签到' }, { value: 'NO_SHOW', label: '未到场' }, { value: 'CANCELLED', label: '已取消' }];

function csvUrl(eventId) {
  return config.graphqlUrl.replace(/\/graphql\/?$/, '') + '/api/events/' + encodeURIComponent(eventId) + '/attendees.csv';
}

Component({
  data: { id: null, event: null, attendees: [], filters: FILTERS, status: null, endCursor: null, hasNextPage: false,
    downloading: false, error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return this.load(true);
    },
    load(fresh) {
      return request(ATTENDEES, { eventId: this.data.id, status: this.data.status, first: 50, after: fresh ? null : this.data.endCursor })
        .then((data) => {
          const page = data.eventAttendees;
          const rows = page.edges.map((edge) => Object.assign({}, edge.node, {
            statusText: REGISTRATION_STATUS[edge.node.status] || edge.node.status,
            registeredText: shortTime(edge.node.registeredAt)
          }));
          this.setData({ event: data.event, attendees: fresh ? rows : this.data.attendees.concat(rows),
            endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage, error: '' });
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    filter(event) {
      this.setData({ status: event.currentTarget.dataset.status || null });
      return this.load(true);
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    download() {
      this.setData({ downloading: true });
      return new Promise((resolve) => {
        wx.downloadFile({
          url: csvUrl(this.data.id),
          header: { Authorization: 'Bearer ' + wx.getStorageSync(TOKEN_KEY) },
          timeout: 60000,
          success: (res) => {
            if (res.statusCode !== 200) {
              wx.showToast({ title: res.statusCode === 403 || res.statusCode === 401 ? '没有权限导出名单' : '导出失败，请稍后再试', icon: 'none' });
              resolve(null);
              return;
            }
            const fileName = '报名名单-' + this.data.id + '.csv';
            if (wx.shareFileMessage) {
              wx.shareFileMessage({ filePath: res.tempFilePath, fileName,
                fail: () => wx.showToast({ title: '已下载，可在聊天中转发', icon: 'none' }) });
            }
            else {
              wx.openDocument({ filePath: res.tempFilePath, showMenu: true });
            }
            resolve(res.tempFilePath);
          },
          fail: () => {
            wx.showToast({ title: '网络不给力，请稍后再试', icon: 'none' });
            resolve(null);
          }
        });
      }).then((path) => {
        this.setData({ downloading: false });
        return path;
      });
    },
    edit() {
      wx.navigateTo({ url: url(ROUTES.publish, { id: this.data.id }) });
    },
    scan() {
      wx.navigateTo({ url: url(ROUTES.organizerCheckIn) });
    }
  }
});
