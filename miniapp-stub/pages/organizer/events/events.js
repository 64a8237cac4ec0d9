// Organizers: the events of their units, newest first, by status — to edit, publish, see who
// registered, or cancel (with a reason the registrants are sent).
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { EVENT_STATUS, shortTime } = require('../../../utils/labels');
const EVENTS = require('../../../graphql/organizerEvents');
const PUBLISH = require('../../../graphql/publishEvent');
const CANCEL = require('../../../graphql/cancelEvent');

const FILTERS = [{ value: null, label: '全部' }, { value: 'DRAFT', label: '草稿' }, { value: 'PUBLISHED', label: '已发布' },
  { value: 'CANCELLED', label: '已取消' }, { value: 'FINISHED', label: '已结束' }];

Component({
  data: { events: [], filters: FILTERS, status: null, endCursor: null, hasNextPage: false, loaded: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    onShow() {
      return this.data.loaded ? this.load(true) : Promise.resolve();
    },
    load(fresh) {
      return request(EVENTS, { status: this.data.status, first: 20, after: fresh ? null : this.data.endCursor })
        .then((data) => {
          const page = data.organizerEvents;
          const events = page.edges.map((edge) => Object.assign({}, edge.node, { statusText: EVENT_STATUS[edge.node.status],
            time: shortTime(edge.node.startsAt) }));
          this.setData({ events: fresh ? events : this.data.events.concat(events), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: '' });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    filter(event) {
      this.setData({ status: event.currentTarget.dataset.status || null });
      return this.load(true);
    },
    create() {
      wx.navigateTo({ url: url(ROUTES.publish) });
    },
    edit(event) {
      wx.navigateTo({ url: url(ROUTES.publish, { id: event.currentTarget.dataset.id }) });
    },
    attendees(event) {
      wx.navigateTo({ url: url(ROUTES.attendees, { id: event.currentTarget.dataset.id }) });
    },
    publish(event) {
      return request(PUBLISH, { id: event.currentTarget.dataset.id })
        .then(() => {
          wx.showToast({ title: '已发布' });
          return this.load(true);
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    cancel(event) {
      const id = event.currentTarget.dataset.id;
      return new Promise((resolve) => {
        wx.showModal({
          title: '取消活动',
          content: '',
          editable: true,
          placeholderText: '取消原因（报名者会收到）',
          success: (res) => resolve(res.confirm ? String(res.content || '').trim() : null),
          fail: () => resolve(null)
        });
      }).then((reason) => {
        if (reason === null) {
          return null;
        }
        if (!reason) {
          wx.showToast({ title: '请填写取消原因', icon: 'none' });
          return null;
        }
        return request(CANCEL, { id, reason })
          .then(() => {
            wx.showToast({ title: '已取消活动' });
            return this.load(true);
          })
          .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
      });
    }
  }
});
