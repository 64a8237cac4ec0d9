// Home: the popular events of the worker's city (a public query, served from the portal's cache)
// and entry tiles. The last good list shows at once (wx storage) while a fresh one loads, so the
// first screen is there on a weak network too.
const { cachedRequest } = require('../../utils/graphql');
const { ROUTES, url } = require('../../utils/routes');
const POPULAR_EVENTS = require('../../graphql/popularEvents');

const TILES = [
  { label: '全部活动', route: 'eventList' }, { label: '职工书屋', route: 'roomList' }, { label: '服务站', route: 'stationList' },
  { label: '微课堂', route: 'lectureList' },
  { label: '工匠故事', route: 'storyList' }, { label: '兴趣小组', route: 'groups' }, { label: '会员卡', route: 'memberCard' },
  { label: '我的', route: 'me' }
].map((tile) => ({ label: tile.label, url: url(ROUTES[tile.route]) }));

function withSeatsText(event) {
  const seatsText = event.remainingSeats == null ? '名额不限' : '余 ' + event.remainingSeats + ' 个名额';
  return Object.assign({}, event, { seatsText });
}

Component({
  data: { tiles: TILES, events: [], stale: false, error: '' },
  methods: {
    onLoad() {
      return this.load();
    },
    onPullDownRefresh() {
      return this.load().then(() => wx.stopPullDownRefresh && wx.stopPullDownRefresh());
    },
    load() {
      const city = (typeof getApp === 'function' && getApp() && getApp().globalData.city) || '330100';
      const show = (data, stale) => this.setData({ events: data.popularEvents.edges.map((edge) => withSeatsText(edge.node)), stale, error: '' });
      const { cached, fresh } = cachedRequest('popularEvents:' + city, POPULAR_EVENTS, { city, first: 10 }, { anonymous: true });
      if (cached) {
        show(cached, true);
      }
      return fresh.then((data) => show(data, false))
        .catch((error) => this.setData({ error: cached ? '网络不给力，显示的是上次的内容' : error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    },
    go(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    }
  }
});
