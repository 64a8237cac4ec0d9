// Events: a filtered, paged list — city, category, kind, a day range and keywords (opened with
// ?city=, ?category=, ?kind= from other pages), soonest, nearest or most popular first.
const { request } = require('../../../utils/graphql');
const { ROUTES, params, url } = require('../../../utils/routes');
const { CITIES, CATEGORIES, KINDS, labelOf, shortTime } = require('../../../utils/labels');
const { here } = require('../../../utils/location');
const EVENTS = require('../../../graphql/events');

const ALL = { value: null, label: '全部' };
const ORDERS = [{ value: 'SOONEST', label: '最近开始' }, { value: 'NEAREST', label: '离我最近' }, { value: 'POPULAR', label: '最热门' }];

Component({
  data: {
    cities: [ALL].concat(CITIES), categories: [ALL].concat(CATEGORIES), kinds: [ALL].concat(KINDS), orders: ORDERS,
    filter: { city: null, category: null, kind: null, from: '', to: '', keyword: '' }, order: 'SOONEST', near: null,
    events: [], endCursor: null, hasNextPage: false, loaded: false, error: ''
  },
  methods: {
    onLoad(options) {
      const query = params(options);
      const city = query.city || (typeof getApp === 'function' && getApp() && getApp().globalData.city) || null;
      this.setData({ filter: Object.assign({}, this.data.filter, { city, category: query.category || null, kind: query.kind || null }) });
      return this.load(true);
    },
    variables(fresh) {
      const f = this.data.filter;
      const filter = {};
      if (f.city) filter.cityCode = f.city;
      if (f.category) filter.category = f.category;
      if (f.kind) filter.kind = f.kind;
      if (f.from) filter.from = f.from;
      if (f.to) filter.to = f.to;
      if (String(f.keyword || '').trim()) filter.keyword = String(f.keyword).trim();
      return { filter: Object.keys(filter).length ? filter : null, orderBy: this.data.order,
        near: this.data.order === 'NEAREST' ? this.data.near : null, first: 20, after: fresh ? null : this.data.endCursor };
    },
    load(fresh) {
      return request(EVENTS, this.variables(fresh))
        .then((data) => {
          const page = data.events;
          const events = page.edges.map((edge) => Object.assign({}, edge.node, { time: shortTime(edge.node.startsAt),
            kindText: labelOf(KINDS, edge.node.kind), distanceText: edge.node.distanceMeters == null ? ''
              : (edge.node.distanceMeters >= 1000 ? (edge.node.distanceMeters / 1000).toFixed(1) + ' 公里' : Math.round(edge.node.distanceMeters) + ' 米'),
            seatsText: edge.node.remainingSeats == null ? '名额不限' : '余 ' + edge.node.remainingSeats + ' 个名额' }));
          this.setData({ events: fresh ? events : this.data.events.concat(events), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: '' });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    // a tap on a filter chip: data-key (city, category, kind) and data-value ('' for all)
    filter(event) {
      const { key, value } = event.currentTarget.dataset;
      this.setData({ ['filter.' + (key || 'category')]: value || null });
      return this.load(true);
    },
    pickDate(event) {
      this.setData({ ['filter.' + event.currentTarget.dataset.key]: event.detail.value });
      return this.load(true);
    },
    clearDates() {
      this.setData({ 'filter.from': '', 'filter.to': '' });
      return this.load(true);
    },
    type(event) {
      this.setData({ 'filter.keyword': event.detail.value });
    },
    search() {
      return this.load(true);
    },
    sort(event) {
      const order = event.currentTarget.dataset.order;
      const ready = order === 'NEAREST' && !this.data.near ? here() : Promise.resolve(this.data.near);
      return ready.then((near) => {
        if (order === 'NEAREST' && !near) {
          wx.showToast({ title: '需要位置权限才能按距离排序', icon: 'none' });
          return null;
        }
        this.setData({ order, near });
        return this.load(true);
      });
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
