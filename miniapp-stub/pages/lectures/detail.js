// A micro-lecture (pages/lectures/detail?id=, the reminder and the cancellation notice): when, where,
// who, and "remind me".
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const LECTURE = require('../../graphql/lecture');
const REMIND_ME = require('../../graphql/remindMe');

const REMINDER_TEMPLATE_ID = 'lecture-reminder-template-id';

Component({
  data: { id: null, lecture: null, error: '' },
  methods: {
    onLoad(options) {
      this.setData({ id: params(options).id });
      return request(LECTURE, { id: this.data.id })
        .then((data) => this.setData({ lecture: data.lecture, error: data.lecture ? '' : '课程不存在' }))
        .catch((error) => this.setData({ error: error.message }));
    },
    remind() {
      wx.requestSubscribeMessage({
        tmplIds: [REMINDER_TEMPLATE_ID],
        success: (res) => {
          if (res[REMINDER_TEMPLATE_ID] !== 'accept') {
            return;
          }
          request(REMIND_ME, { lectureId: this.data.id })
            .then(() => this.setData({ 'lecture.remindMe': true }))
            .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
        }
      });
    }
  }
});
