// Organizers: write a story (no parameters) or edit one (?id=): title, summary, body (Markdown), cover
// (a link, or a picture uploaded from the phone), tags and the craftsmen it is about (the unit's, or
// found by name), saved as a draft
// (createStory / updateStory) and sent for review (submitStory, after saving). Editing a published
// story starts a new revision that is reviewed again while the published one stays, and the form shows
// that revision (its text, cover, tags and craftsmen); a story in review waits for the decision, and a
// rejected one shows the reason. A new story's page lists the stories of
// the organizer's units in every status (organizerStories), to open one for editing.
const { request } = require('../../../utils/graphql');
const { ROUTES, params, url } = require('../../../utils/routes');
const { STORY_STATUS } = require('../../../utils/labels');
const { organizerUnits } = require('../../../utils/me');
const { trim, listOf, isPictureUrl, firstProblem, sending, refuse } = require('../../../utils/form');
const { uploadInto } = require('../../../utils/upload');
const STORY = require('../../../graphql/storyForEdit');
const ORGANIZER_STORIES = require('../../../graphql/organizerStories');
const CRAFTSMEN = require('../../../graphql/craftsmen');
const CREATE = require('../../../graphql/createStory');
const UPDATE = require('../../../graphql/updateStory');
const SUBMIT = require('../../../graphql/submitStory');

const MAX_CRAFTSMEN = 10;
const emptyForm = () => ({ title: '', summary: '', body: '', coverUrl: '', tags: '' });

// the state of the revision being written, when there is one, else the story's
function stateOf(story) {
  const revision = story.pendingRevision;
  const status = revision ? revision.status : story.status;
  return { status, statusText: STORY_STATUS[status] || status, rejectReason: (revision && revision.rejectReason) || '' };
}

Component({
  data: { id: null, status: null, statusText: '', rejectReason: '', orgUnits: [], orgUnit: 0, form: emptyForm(), chosen: [],
    candidates: [], keyword: '', stories: [], loaded: false, busy: false, error: '' },
  methods: {
    onLoad(options) {
      const id = params(options).id || null;
      this.setData({ id });
      return organizerUnits()
        .then((units) => {
          this.setData({ orgUnits: units });
          return id ? this.load(id) : Promise.all([this.listCraftsmen(), this.listStories()]);
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ loaded: true }));
    },
    load(id) {
      return request(STORY, { id }).then((data) => {
        const story = data.story;
        if (!story) {
          this.setData({ error: '故事不存在或你无权编辑' });
          return null;
        }
        // the revision being written, when there is one: the published story stays as it is meanwhile
        const text = story.pendingRevision || story;
        this.setData(Object.assign(stateOf(story), {
          form: { title: text.title, summary: text.summary, body: text.body, coverUrl: text.coverUrl || '', tags: text.tags.join(',') },
          chosen: text.craftsmen.map((craftsman) => ({ id: craftsman.id, name: craftsman.name })),
          orgUnit: Math.max(0, this.data.orgUnits.findIndex((unit) => unit.id === story.authorOrgUnit.id))
        }));
        return this.listCraftsmen(story.authorOrgUnit.id);
      });
    },
    unitId() {
      return this.data.orgUnits[this.data.orgUnit].id;
    },
    // the craftsmen to choose from: the unit's (and below), or those whose name, enterprise or trade has the keyword
    listCraftsmen(orgUnitId) {
      const keyword = trim(this.data.keyword);
      const filter = keyword ? { keyword } : { orgUnitId: orgUnitId || this.unitId() };
      return request(CRAFTSMEN, { filter, first: 50 })
        .then((data) => this.setData({ candidates: data.craftsmen.edges.map((edge) => ({ id: edge.node.id, name: edge.node.name,
          detail: [edge.node.enterprise, edge.node.trade].filter(Boolean).join(' ') })) }))
        .then(() => this.markChosen());
    },
    listStories() {
      return request(ORGANIZER_STORIES, { first: 30 })
        .then((data) => this.setData({ stories: data.organizerStories.edges.map((edge) => ({ id: edge.node.id, title: edge.node.title,
          statusText: STORY_STATUS[edge.node.status] || edge.node.status })) }));
    },
    markChosen() {
      const ids = this.data.chosen.map((craftsman) => craftsman.id);
      this.setData({ candidates: this.data.candidates.map((item) => Object.assign({}, item, { chosen: ids.indexOf(item.id) >= 0 })) });
    },
    pickUnit(event) {
      this.setData({ orgUnit: Number(event.detail.value) });
      return this.listCraftsmen().catch((error) => this.setData({ error: error.message }));
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    uploadCover() {
      return this.editable() ? uploadInto(this, 'coverUrl') : Promise.resolve(null);
    },
    keywordInput(event) {
      this.setData({ keyword: event.detail.value });
    },
    search() {
      return this.listCraftsmen().catch((error) => this.setData({ error: error.message }));
    },
    toggleCraftsman(event) {
      const id = event.currentTarget.dataset.id;
      const chosen = this.data.chosen;
      if (chosen.some((item) => item.id === id)) {
        this.setData({ chosen: chosen.filter((item) => item.id !== id) });
      }
      else if (chosen.length < MAX_CRAFTSMEN) {
        const found = this.data.candidates.find((item) => item.id === id);
        this.setData({ chosen: chosen.concat([{ id, name: found ? found.name : id }]) });
      }
      this.markChosen();
    },
    editable() {
      return this.data.status !== 'IN_REVIEW';
    },
    // the story as the portal takes it, or a message saying what to fix
    build() {
      const form = this.data.form;
      const tags = listOf(form.tags);
      const problem = firstProblem([
        [!this.editable(), '故事正在审核，等审核结果出来后才能修改'],
        [!trim(form.title) || !trim(form.summary) || !trim(form.body), '请填写标题、摘要和正文'],
        [trim(form.title).length > 100, '标题最多 100 个字'],
        [trim(form.summary).length > 300, '摘要最多 300 个字'],
        [form.body.length > 20000, '正文最多 20000 个字'],
        [trim(form.coverUrl) !== '' && (!isPictureUrl(form.coverUrl) || trim(form.coverUrl).length > 500), '封面链接须以 https:// 开头，或上传图片'],
        [tags.length > 10 || tags.some((tag) => tag.length > 20), '最多 10 个标签，每个不超过 20 个字'],
        [!this.data.chosen.length, '请至少选择一位故事中的工匠']
      ]);
      return problem ? { problem } : { input: { title: trim(form.title), summary: trim(form.summary), body: form.body,
        coverUrl: trim(form.coverUrl) || (this.data.id ? '' : null), tags, craftsmanIds: this.data.chosen.map((item) => item.id) } };
    },
    // saves the draft (a new story, or the changes); resolves with the saved story
    saveStory(input) {
      if (this.data.id) {
        return request(UPDATE, { input: Object.assign({ id: this.data.id }, input) }).then((data) => this.saved(data.updateStory.story));
      }
      return request(CREATE, { input: Object.assign({ authorOrgUnitId: this.unitId() }, input) })
        .then((data) => this.saved(data.createStory.story));
    },
    saved(story) {
      // once saved it is edited from now on: another tap updates it, never creates a second one
      this.setData(Object.assign({ id: story.id }, stateOf(story)));
      return story;
    },
    save(submit) {
      const built = this.build();
      if (this.data.busy || refuse(this, built.problem)) {
        return Promise.resolve();
      }
      return sending(this, () => this.saveStory(built.input).then((story) => {
        if (submit !== true) {
          wx.showToast({ title: '已保存' });
          return null;
        }
        return request(SUBMIT, { id: story.id }).then((data) => {
          this.setData(stateOf(data.submitStory.story));
          wx.showToast({ title: '已提交审核' });
        });
      }));
    },
    saveDraft() {
      return this.save(false);
    },
    submit() {
      return this.save(true);
    },
    edit(event) {
      wx.navigateTo({ url: url(ROUTES.storyEditor, { id: event.currentTarget.dataset.id }) });
    },
    preview() {
      wx.navigateTo({ url: url(ROUTES.storyDetail, { id: this.data.id }) });
    }
  }
});
