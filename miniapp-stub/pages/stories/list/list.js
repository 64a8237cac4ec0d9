// Craftsman stories: the latest (public, shown at once from the last good answer while a fresh one
// loads), with likes and favourites; the way to my favourites and to the craftsmen.
const { request, cachedRequest } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const STORIES = require('../../../graphql/stories');
const LIKE = require('../../../graphql/likeStory');
const FAVOURITE = require('../../../graphql/favouriteStory');

Component({
  data: { stories: [], stale: false, error: '' },
  methods: {
    onLoad() {
      const { cached, fresh } = cachedRequest('stories', STORIES, { first: 20 }, { anonymous: true });
      if (cached) {
        this.setData({ stories: cached.stories.edges.map((edge) => edge.node), stale: true });
      }
      return fresh.then((data) => this.setData({ stories: data.stories.edges.map((edge) => edge.node), stale: false, error: '' }))
        .catch((error) => this.setData({ error: cached ? '网络不给力，显示的是上次的内容' : error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.storyDetail, { id: event.currentTarget.dataset.id }) });
    },
    go(event) {
      wx.navigateTo({ url: url(ROUTES[event.currentTarget.dataset.route]) });
    },
    like(event) {
      const storyId = event.currentTarget.dataset.id;
      return request(LIKE, { storyId })
        .then((data) => this.setData({ stories: this.data.stories.map((item) => (item.id === storyId
          ? Object.assign({}, item, { likeCount: data.likeStory.story.likeCount }) : item)) }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    favourite(event) {
      return request(FAVOURITE, { storyId: event.currentTarget.dataset.id })
        .then(() => wx.showToast({ title: '已收藏' }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
