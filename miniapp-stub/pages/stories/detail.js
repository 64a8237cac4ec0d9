// A story (pages/stories/detail?id=, or a share code's scene s=<id>): the text, like, favourite, and
// comments (checked by WeChat before they show).
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const STORY = require('../../graphql/story');
const LIKE = require('../../graphql/likeStory');
const FAVOURITE = require('../../graphql/favouriteStory');
const COMMENT = require('../../graphql/commentOnStory');

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
    like() {
      return request(LIKE, { storyId: this.data.id })
        .then((data) => this.setData({ 'story.likeCount': data.likeStory.story.likeCount, 'story.likedByMe': true }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    favourite() {
      return request(FAVOURITE, { storyId: this.data.id })
        .then(() => this.setData({ 'story.favouritedByMe': true }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
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
