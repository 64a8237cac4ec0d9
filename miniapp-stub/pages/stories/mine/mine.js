// My favourites (pages/stories/mine/mine): the stories the worker favourited, most recent first,
// shown at once from the last good answer while a fresh one loads; take one out.
const { request, cachedRequest } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const MY_FAVOURITES = require('../../../graphql/myFavourites');
const UNFAVOURITE = require('../../../graphql/unfavouriteStory');

Component({
  data: { stories: [], stale: false, loaded: false, endCursor: null, hasNextPage: false, error: '' },
  methods: {
    onLoad() {
      const { cached, fresh } = cachedRequest('myFavourites', MY_FAVOURITES, { first: 20 });
      if (cached) {
        this.setData({ stories: cached.myFavourites.edges.map((edge) => edge.node), stale: true, loaded: true });
      }
      return fresh.then((data) => this.show(data, true))
        .catch((error) => this.setData({ error: cached ? '网络不给力，显示的是上次的内容' : error.message, loaded: true }));
    },
    show(data, fresh) {
      const page = data.myFavourites;
      const stories = page.edges.map((edge) => edge.node);
      this.setData({ stories: fresh ? stories : this.data.stories.concat(stories), endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage, stale: false, loaded: true, error: '' });
    },
    onReachBottom() {
      return this.data.hasNextPage
        ? request(MY_FAVOURITES, { first: 20, after: this.data.endCursor }).then((data) => this.show(data, false))
          .catch((error) => wx.showToast({ title: error.message, icon: 'none' }))
        : Promise.resolve();
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.storyDetail, { id: event.currentTarget.dataset.id }) });
    },
    remove(event) {
      const storyId = event.currentTarget.dataset.id;
      return request(UNFAVOURITE, { storyId })
        .then(() => this.setData({ stories: this.data.stories.filter((item) => item.id !== storyId) }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
