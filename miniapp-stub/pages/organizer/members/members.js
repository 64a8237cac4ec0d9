// Organizers: membership applications to their union and the unions below it, oldest first, by
// status; approving makes the worker a member (the member number is issued on the first approval),
// rejecting needs a reason, which the worker is sent.
const { request } = require('../../../utils/graphql');
const { shortTime } = require('../../../utils/labels');
const { currentUser } = require('../../../utils/me');
const APPLICATIONS = require('../../../graphql/membershipApplications');
const REVIEW = require('../../../graphql/reviewMembershipApplication');

const FILTERS = [{ value: 'PENDING', label: '待审核' }, { value: 'APPROVED', label: '已通过' }, { value: 'REJECTED', label: '未通过' }];
const STATUS = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过', WITHDRAWN: '已撤回' };

Component({
  data: { units: [], unit: 0, filters: FILTERS, status: 'PENDING', applications: [], reasons: {}, endCursor: null,
    hasNextPage: false, loaded: false, busy: false, error: '' },
  methods: {
    onLoad() {
      return currentUser()
        .then((data) => {
          const units = (data.me && data.me.organizerOf) || [];
          this.setData({ units });
          if (!units.length) {
            this.setData({ error: '仅限工会组织者使用', loaded: true });
            return null;
          }
          return this.load(true);
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    load(fresh) {
      const unit = this.data.units[this.data.unit];
      return request(APPLICATIONS, { orgUnitId: unit.id, status: this.data.status, first: 20, after: fresh ? null : this.data.endCursor })
        .then((data) => {
          const page = data.membershipApplications;
          const rows = page.edges.map((edge) => Object.assign({}, edge.node, { statusText: STATUS[edge.node.status] || edge.node.status,
            createdText: shortTime(edge.node.createdAt) }));
          this.setData({ applications: fresh ? rows : this.data.applications.concat(rows), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: '' });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    pickUnit(event) {
      this.setData({ unit: Number(event.detail.value) });
      return this.load(true);
    },
    filter(event) {
      this.setData({ status: event.currentTarget.dataset.status });
      return this.load(true);
    },
    reason(event) {
      this.setData({ ['reasons.' + event.currentTarget.dataset.id]: event.detail.value });
    },
    review(id, approve) {
      const reason = String(this.data.reasons[id] || '').trim();
      if (!approve && !reason) {
        this.setData({ error: '请填写不通过的原因，申请人会收到' });
        return Promise.resolve();
      }
      this.setData({ busy: true, error: '' });
      return request(REVIEW, { id, approve, reason: reason || null })
        .then((data) => {
          const decided = data.reviewMembershipApplication.application;
          this.setData({ applications: this.data.applications.filter((item) => item.id !== id || this.data.status !== 'PENDING')
            .map((item) => (item.id === id ? Object.assign({}, item, decided, { statusText: STATUS[decided.status] }) : item)) });
          wx.showToast({ title: approve ? '已通过' : '已拒绝' });
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    },
    approve(event) {
      return this.review(event.currentTarget.dataset.id, true);
    },
    reject(event) {
      return this.review(event.currentTarget.dataset.id, false);
    }
  }
});
