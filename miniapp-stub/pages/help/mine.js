// The worker's help requests, newest first, a page at a time.
const { request } = require('../../utils/graphql');
const { ROUTES, url } = require('../../utils/routes');
const { STATUS, categoryLabel } = require('../../utils/help');
const MY_HELP_REQUESTS = require('../../graphql/myHelpRequests');

const PAGE = 20;

Component({
  data: { requests: [], hasMore: false, loaded: false, error: '', submitUrl: url(ROUTES.helpSubmit) },
  methods: {
    onLoad() {
      this.after = null;
      return this.more();
    },
    more() {
      return request(MY_HELP_REQUESTS, { first: PAGE, after: this.after })
        .then((data) => {
          const page = data.myHelpRequests;
          const rows = page.edges.map((edge) => Object.assign({}, edge.node,
            { statusText: STATUS[edge.node.status] || edge.node.status, categoryText: categoryLabel(edge.node.category) }));
          this.after = page.pageInfo.endCursor;
          this.setData({ requests: this.data.requests.concat(rows), hasMore: page.pageInfo.hasNextPage, loaded: true });
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.helpDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
