// Micro-lectures: the schedule, and "remind me" after the worker consents to the subscribe message.
const { request } = require('../../../utils/graphql');
const LECTURES = require('../../../graphql/lectures');
const REMIND_ME = require('../../../graphql/remindMe');

const REMINDER_TEMPLATE_ID = 'lecture-reminder-template-id';

Component({
  data: { lectures: [], error: '' },
  methods: {
    onLoad() {
      return request(LECTURES, { first: 20 })
        .then((data) => this.setData({ lectures: data.lectures.edges.map((edge) => edge.node) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    remind(event) {
      const lectureId = event.currentTarget.dataset.id;
      wx.requestSubscribeMessage({
        tmplIds: [REMINDER_TEMPLATE_ID],
        success: (res) => {
          if (res[REMINDER_TEMPLATE_ID] !== 'accept') {
            return;
          }
          request(REMIND_ME, { lectureId })
            .then(() => wx.showToast({ title: '开讲前会提醒你' }))
            .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
        }
      });
    }
  }
});
