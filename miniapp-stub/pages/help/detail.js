// One help request (pages/help/detail?id=, every subscribe message about it): where it stands, each
// step of its timeline, and once it is closed the worker's rating, given once.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const { STATUS, STEPS, categoryLabel } = require('../../utils/help');
const HELP_REQUEST = require('../../graphql/helpRequest');
const RATE = require('../../graphql/rateHelpRequest');

Component({
  data: { helpRequest: null, statusText: '', categoryText: '', steps: [], stars: 0, comment: '', busy: false, error: '' },
  methods: {
    onLoad(options) {
      this.id = params(options).id;
      return this.load();
    },
    load() {
      return request(HELP_REQUEST, { id: this.id })
        .then((data) => this.show(data.helpRequest))
        .catch((error) => this.setData({ error: error.message }));
    },
    show(helpRequest) {
      const steps = helpRequest.timeline.edges.map((edge) => Object.assign({}, edge.node, { label: STEPS[edge.node.kind] || edge.node.kind }));
      this.setData({ helpRequest, steps, statusText: STATUS[helpRequest.status] || helpRequest.status,
        categoryText: categoryLabel(helpRequest.category) });
    },
    star(event) {
      this.setData({ stars: Number(event.currentTarget.dataset.stars) });
    },
    input(event) {
      this.setData({ comment: event.detail.value });
    },
    rate() {
      if (this.data.stars < 1 || this.data.stars > 5) {
        this.setData({ error: '请选择 1 到 5 星' });
        return Promise.resolve();
      }
      const comment = String(this.data.comment || '').trim();
      this.setData({ busy: true, error: '' });
      return request(RATE, { input: { id: this.id, stars: this.data.stars, comment: comment || null } })
        .then(() => {
          wx.showToast({ title: '感谢评价' });
          return this.load();
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    }
  }
});
