// Craftsmen and model workers (劳模工匠): by honour or keyword; one opens their page (honours, stories,
// coming lectures).
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { HONOURS } = require('../../../utils/labels');
const CRAFTSMEN = require('../../../graphql/craftsmen');

const FILTERS = [{ value: null, label: '全部' }].concat(Object.keys(HONOURS).map((value) => ({ value, label: HONOURS[value] })));

Component({
  data: { filters: FILTERS, honour: null, keyword: '', craftsmen: [], endCursor: null, hasNextPage: false, loaded: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    load(fresh) {
      const filter = {};
      if (this.data.honour) filter.honour = this.data.honour;
      if (String(this.data.keyword || '').trim()) filter.keyword = String(this.data.keyword).trim();
      return request(CRAFTSMEN, { filter: Object.keys(filter).length ? filter : null, first: 20, after: fresh ? null : this.data.endCursor },
        { anonymous: true })
        .then((data) => {
          const page = data.craftsmen;
          const craftsmen = page.edges.map((edge) => Object.assign({}, edge.node, {
            honoursText: edge.node.honours.map((item) => (item.year ? item.year + ' ' : '') + (HONOURS[item.honour] || item.honour)).join('、') }));
          this.setData({ craftsmen: fresh ? craftsmen : this.data.craftsmen.concat(craftsmen), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: '' });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    filter(event) {
      this.setData({ honour: event.currentTarget.dataset.honour || null });
      return this.load(true);
    },
    type(event) {
      this.setData({ keyword: event.detail.value });
    },
    search() {
      return this.load(true);
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.craftsmanDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
