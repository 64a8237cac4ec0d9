// Event check-in (pages/events/checkin). The QR code of a registration carries its code (scene
// c=<code>): an organizer who scans it checks the worker in; anyone else sees the code to show at
// the door. Opened with ?id=<event>, it shows the worker's own code for that event.
const { request } = require('../../utils/graphql');
const { params } = require('../../utils/routes');
const { currentUser } = require('../../utils/me');
const EVENT = require('../../graphql/event');
const CHECK_IN = require('../../graphql/checkInAttendee');

Component({
  data: { code: '', qrCode: '', title: '', checkedIn: null, error: '' },
  methods: {
    onLoad(options) {
      const query = params(options);
      const work = query.c ? this.scanned(query.c) : this.mine(query.id);
      return work.catch((error) => this.setData({ error: error.message }));
    },
    scanned(code) {
      return currentUser().then((data) => {
        const organizer = Boolean(data.me && data.me.roles.indexOf('ORGANIZER') >= 0);
        if (!organizer) {
          this.setData({ code });
          return null;
        }
        return request(CHECK_IN, { code }).then((result) => {
          this.setData({ checkedIn: result.checkInAttendee.registration });
          wx.showToast({ title: '签到成功' });
        });
      });
    },
    mine(eventId) {
      return request(EVENT, { id: eventId }).then((data) => {
        const registration = data.event && data.event.myRegistration;
        this.setData({ title: data.event ? data.event.title : '',
          code: (registration && registration.checkInCode) || '', qrCode: (registration && registration.checkInQrCode) || '',
          error: registration && registration.checkInCode ? '' : '没有可用的签到码' });
      });
    }
  }
});
