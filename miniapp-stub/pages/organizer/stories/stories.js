// Organizers: the story review queue — stories (or new revisions of published ones) in review that
// they may publish (after WeChat's content check) or reject with a reason the author reads; the
// comments under published stories are a tap away (organizer/comments).
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const QUEUE = require('../../../graphql/storyReviewQueue');
const PUBLISH = require('../../../graphql/publishStory');
const REJECT = require('../../../graphql/rejectStory');

// What publishing would show: a published story's new revision in full (texts, cover, tags, craftsmen).
function reviewed(story) {
  const revision = story.pendingRevision;
  return Object.assign({}, story, revision ? { title: revision.title, summary: revision.summary, body: revision.body,
    coverUrl: revision.coverUrl, tags: revision.tags, craftsmen: revision.craftsmen, revised: story.status === 'PUBLISHED' } : {});
}

Component({
  data: { stories: [], opened: null, reasons: {}, endCursor: null, hasNextPage: false, busy: false, loaded: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    load(fresh) {
      return request(QUEUE, { first: 20, after: fresh ? null : this.data.endCursor })
        .then((data) => {
          const page = data.storyReviewQueue;
          const stories = page.edges.map((edge) => reviewed(edge.node));
          this.setData({ stories: fresh ? stories : this.data.stories.concat(stories), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: '' });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    toggle(event) {
      const id = event.currentTarget.dataset.id;
      this.setData({ opened: this.data.opened === id ? null : id });
    },
    reason(event) {
      this.setData({ ['reasons.' + event.currentTarget.dataset.id]: event.detail.value });
    },
    done(id, title) {
      this.setData({ stories: this.data.stories.filter((story) => story.id !== id), opened: null });
      wx.showToast({ title });
    },
    publish(event) {
      const id = event.currentTarget.dataset.id;
      this.setData({ busy: true, error: '' });
      return request(PUBLISH, { id })
        .then(() => this.done(id, '已发布'))
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    },
    reject(event) {
      const id = event.currentTarget.dataset.id;
      const reason = String(this.data.reasons[id] || '').trim();
      if (!reason) {
        this.setData({ error: '请填写退回原因，作者会看到' });
        return Promise.resolve();
      }
      this.setData({ busy: true, error: '' });
      return request(REJECT, { id, reason })
        .then(() => this.done(id, '已退回'))
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ busy: false }));
    },
    comments() {
      wx.navigateTo({ url: url(ROUTES.storyComments) });
    },
    preview(event) {
      wx.navigateTo({ url: url(ROUTES.storyDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
