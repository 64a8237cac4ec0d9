// A story (pages/stories/detail?id=, or a share code's scene s=<id>): the text, its craftsmen, like
// and favourite (and taking them back), and
// comments (checked by WeChat before they show).
const { request } = require('../../utils/graphql');
const { ROUTES, params, url } = require('../../utils/routes');
const STORY = require('../../graphql/story');
const LIKE = require('../../graphql/likeStory');
const FAVOURITE = require('../../graphql/favouriteStory');
const COMMENT = require('../../graphql/commentOnStory');
const UNLIKE = require('../../graphql/unlikeStory');
const UNFAVOURITE = require('../../graphql/unfavouriteStory');

Component({
  data: { id: null, story: null, comments: [], draft: '' },
  methods: {
    onLoad(options) {
      const query = params(options);
      this.setData({ id: query.id || query.s });
      return this.load();
    },
    load() {
      return request(STORY, { id: this.data.id })
        .then((data) => this.setData({ story: data.story, comments: data.storyComments.edges.map((edge) => edge.node) }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    // like, or take the like back
    like() {
      const liked = this.data.story && this.data.story.likedByMe;
      return request(liked ? UNLIKE : LIKE, { storyId: this.data.id })
        .then((data) => {
          const story = (liked ? data.unlikeStory : data.likeStory).story;
          this.setData({ 'story.likeCount': story.likeCount, 'story.likedByMe': story.likedByMe });
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    // favourite (it then shows in my favourites), or take it out
    favourite() {
      const favourited = this.data.story && this.data.story.favouritedByMe;
      return request(favourited ? UNFAVOURITE : FAVOURITE, { storyId: this.data.id })
        .then((data) => {
          const story = (favourited ? data.unfavouriteStory : data.favouriteStory).story;
          this.setData({ 'story.favouriteCount': story.favouriteCount, 'story.favouritedByMe': story.favouritedByMe });
          wx.showToast({ title: favourited ? '已取消收藏' : '已收藏' });
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    openCraftsman(event) {
      wx.navigateTo({ url: url(ROUTES.craftsmanDetail, { id: event.currentTarget.dataset.id }) });
    },
    type(event) {
      this.setData({ draft: event.detail.value });
    },
    comment() {
      if (!this.data.draft.trim()) {
        return Promise.resolve();
      }
      return request(COMMENT, { storyId: this.data.id, text: this.data.draft })
        .then(() => {
          this.setData({ draft: '' });
          return this.load();
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    }
  }
});
