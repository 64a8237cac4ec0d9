// Seat check-in (pages/rooms/checkin): the desk QR carries today's desk code (scene d=<code>);
// opening the page checks the worker's booking in.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const CHECK_IN = require('../../graphql/checkInBooking');

Component({
  data: { booking: null, error: '' },
  methods: {
    onLoad(options) {
      const code = params(options).d;
      if (!code) {
        this.setData({ error: '请扫描书屋前台的二维码' });
        return Promise.resolve();
      }
      return request(CHECK_IN, { code })
        .then((data) => {
          this.setData({ booking: data.checkInBooking.booking });
          wx.showToast({ title: '签到成功' });
        })
        .catch((error) => this.setData({ error: error.message }));
    }
  }
});
