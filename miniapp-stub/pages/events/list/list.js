// Events: a filtered, paged list.
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const EVENTS = require('../../../graphql/events');

Component({
  data: { events: [], category: null, endCursor: null, hasNextPage: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    load(fresh) {
      const variables = { filter: this.data.category ? { category: this.data.category } : null, first: 20,
        after: fresh ? null : this.data.endCursor };
      return request(EVENTS, variables)
        .then((data) => {
          const page = data.events;
          const events = page.edges.map((edge) => edge.node);
          this.setData({ events: fresh ? events : this.data.events.concat(events), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, error: '' });
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    filter(event) {
      this.setData({ category: event.currentTarget.dataset.category || null });
      return this.load(true);
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
