// Home: the popular events of the worker's city (a public query, served from the portal's cache) and entry tiles.
const { request } = require('../../utils/graphql');
const { ROUTES, url } = require('../../utils/routes');
const POPULAR_EVENTS = require('../../graphql/popularEvents');

function withSeatsText(event) {
  const seatsText = event.remainingSeats == null ? '名额不限' : '余 ' + event.remainingSeats + ' 个名额';
  return Object.assign({}, event, { seatsText });
}

Component({
  data: { events: [], error: '' },
  methods: {
    onLoad() {
      return this.load();
    },
    load() {
      const city = (getApp && getApp() && getApp().globalData.city) || '330100';
      return request(POPULAR_EVENTS, { city, first: 10 }, { anonymous: true })
        .then((data) => this.setData({ events: data.popularEvents.edges.map((edge) => withSeatsText(edge.node)), error: '' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    },
    go(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    }
  }
});
