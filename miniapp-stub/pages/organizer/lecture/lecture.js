// Organizers: a session's topic, summary, live link and (once held) replay link (?id=, from the
// lectures page; updateLecture). An emptied link or summary is cleared. Moving the session in time
// and cancelling it are on the lectures page.
const { request } = require('../../../utils/graphql');
const { params } = require('../../../utils/routes');
const { shortTime } = require('../../../utils/labels');
const { trim, isHttps, firstProblem, sending, refuse } = require('../../../utils/form');
const LECTURE = require('../../../graphql/lectureForEdit');
const UPDATE = require('../../../graphql/updateLecture');

const STATUS = { SCHEDULED: '待开课', CANCELLED: '已取消', DONE: '已结束' };
const emptyForm = () => ({ topic: '', summary: '', liveUrl: '', replayUrl: '' });
const badLink = (link) => Boolean(link) && (!isHttps(link) || link.length > 500);

Component({
  data: { id: null, lecture: null, form: emptyForm(), loaded: false, busy: false, error: '' },
  methods: {
    onLoad(options) {
      const id = params(options).id || null;
      this.setData({ id });
      if (!id) {
        this.setData({ error: '请从微课堂排课页选择一节课', loaded: true });
        return Promise.resolve();
      }
      return request(LECTURE, { id })
        .then((data) => (data.lecture ? this.show(data.lecture) : this.setData({ error: '这节课不存在' })))
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ loaded: true }));
    },
    show(lecture) {
      this.setData({ lecture: Object.assign({}, lecture, { time: shortTime(lecture.startsAt), statusText: STATUS[lecture.status] || lecture.status }),
        form: { topic: lecture.topic, summary: lecture.summary || '', liveUrl: lecture.liveUrl || '', replayUrl: lecture.replayUrl || '' } });
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    save() {
      const form = this.data.form;
      const input = { id: this.data.id, topic: trim(form.topic), summary: trim(form.summary), liveUrl: trim(form.liveUrl),
        replayUrl: trim(form.replayUrl) };
      const problem = firstProblem([
        [!this.data.lecture, '课程还没有读出来'],
        [!input.topic, '请填写主题'],
        [input.topic.length > 100, '主题最多 100 个字'],
        [input.summary.length > 500, '简介最多 500 个字'],
        [badLink(input.liveUrl) || badLink(input.replayUrl), '直播和回放链接须以 https:// 开头，最多 500 个字符']
      ]);
      if (this.data.busy || refuse(this, problem)) {
        return Promise.resolve();
      }
      return sending(this, () => request(UPDATE, { input }).then((data) => {
        this.show(data.updateLecture.lecture);
        wx.showToast({ title: '已保存' });
      }));
    }
  }
});
