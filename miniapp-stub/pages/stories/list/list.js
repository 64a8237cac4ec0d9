// Craftsman stories: the latest, with likes and favourites.
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const STORIES = require('../../../graphql/stories');
const LIKE = require('../../../graphql/likeStory');
const FAVOURITE = require('../../../graphql/favouriteStory');

Component({
  data: { stories: [], error: '' },
  methods: {
    onLoad() {
      return request(STORIES, { first: 20 }, { anonymous: true })
        .then((data) => this.setData({ stories: data.stories.edges.map((edge) => edge.node) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.storyDetail, { id: event.currentTarget.dataset.id }) });
    },
    like(event) {
      return request(LIKE, { storyId: event.currentTarget.dataset.id })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    favourite(event) {
      return request(FAVOURITE, { storyId: event.currentTarget.dataset.id })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
