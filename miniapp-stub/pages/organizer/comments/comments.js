// Organizers: the comments under their units' stories. Without ?id= the stories of their units that
// have been published (the only ones with comments), each with its count; with ?id= one story's
// visible comments, newest first, any of which they may hide after a confirmation (hideComment):
// readers no longer see it and the story's count goes down.
const { request } = require('../../../utils/graphql');
const { ROUTES, params, url } = require('../../../utils/routes');
const { shortTime } = require('../../../utils/labels');
const { confirm, sending } = require('../../../utils/form');
const STORIES = require('../../../graphql/storiesWithComments');
const COMMENTS = require('../../../graphql/commentsToModerate');
const HIDE = require('../../../graphql/hideComment');

const shown = (comment) => Object.assign({}, comment, { time: shortTime(comment.createdAt) });

Component({
  data: { id: null, story: null, stories: [], comments: [], endCursor: null, hasNextPage: false, loaded: false, busy: false, error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id || null });
      return this.load(true);
    },
    load(fresh) {
      const after = fresh ? null : this.data.endCursor;
      const loading = this.data.id ? this.loadComments(fresh, after) : this.loadStories(fresh, after);
      return loading
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ loaded: true }));
    },
    loadStories(fresh, after) {
      return request(STORIES, { first: 20, after }).then((data) => {
        const found = data.organizerStories;
        const stories = found.edges.map((edge) => edge.node).filter((story) => story.publishedAt);
        this.setData({ stories: fresh ? stories : this.data.stories.concat(stories), endCursor: found.pageInfo.endCursor,
          hasNextPage: found.pageInfo.hasNextPage, error: '' });
      });
    },
    loadComments(fresh, after) {
      return request(COMMENTS, { id: this.data.id, first: 20, after }).then((data) => {
        if (!data.story) {
          this.setData({ error: '故事不存在或尚未发布' });
          return;
        }
        const comments = data.storyComments.edges.map((edge) => shown(edge.node));
        this.setData({ story: data.story, comments: fresh ? comments : this.data.comments.concat(comments),
          endCursor: data.storyComments.pageInfo.endCursor, hasNextPage: data.storyComments.pageInfo.hasNextPage, error: '' });
      });
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    open(event) {
      wx.navigateTo({ url: url(ROUTES.storyComments, { id: event.currentTarget.dataset.id }) });
    },
    hide(event) {
      const id = event.currentTarget.dataset.id;
      const comment = this.data.comments.find((item) => item.id === id) || {};
      return confirm({ title: '隐藏评论', content: '隐藏后读者将看不到“' + String(comment.text || '').slice(0, 20) + '”', confirmText: '隐藏' })
        .then((confirmed) => (confirmed ? sending(this, () => request(HIDE, { id }).then(() => {
          this.setData({ comments: this.data.comments.filter((item) => item.id !== id),
            'story.commentCount': Math.max(0, this.data.story.commentCount - 1) });
          wx.showToast({ title: '已隐藏' });
        })) : null));
    }
  }
});
