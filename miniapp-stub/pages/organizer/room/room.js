// Organizers: a reading room's details (?id=): name, address, facilities, photos (https links), the
// hours of each weekday (a day without hours is closed), how many days ahead workers may book, when
// the next day's seats are released, the number of seats and the slot length (updateReadingRoom; new
// hours and slots apply to new bookings). Fewer seats take away the highest-numbered ones, which the
// portal refuses (SEATS_BOOKED, naming them) while one holds a booking that has not ended; the seat
// count and slot length go only when changed. Seats out of service and closing the room for a day
// are on the rooms page.
const { request } = require('../../../utils/graphql');
const { params } = require('../../../utils/routes');
const { trim, listOf, isHttps, firstProblem, sending, refuse } = require('../../../utils/form');
const ROOM = require('../../../graphql/roomForEdit');
const UPDATE = require('../../../graphql/updateReadingRoom');

const DAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];
const TIME = /^\d{2}:\d{2}$/;
const SLOTS = [15, 30, 60, 120].map((value) => ({ value, label: value + ' 分钟' }));
const emptyForm = () => ({ name: '', address: '', facilities: '', photos: '', horizon: '7', releaseTime: '20:00', seatCount: '',
  slot: 2 });
// the portal's words for a refusal, with the seats it names when fewer seats are refused
const explain = (error) => (error.code === 'SEATS_BOOKED' && error.detail ? error.message + '：' + error.detail : '');

// the week as the form shows it: each weekday open or not, with its hours
function weekOf(openingHours) {
  return DAY_NAMES.map((name, at) => {
    const day = openingHours.find((item) => item.weekday === at + 1);
    return { weekday: at + 1, label: '周' + name, open: Boolean(day), opens: day ? day.opens : '09:00', closes: day ? day.closes : '21:00' };
  });
}

Component({
  data: { id: null, room: null, form: emptyForm(), week: weekOf([]), slots: SLOTS, loaded: false, busy: false, error: '' },
  methods: {
    onLoad(options) {
      const id = params(options).id || null;
      this.setData({ id });
      if (!id) {
        this.setData({ error: '请从书屋管理页选择一个书屋', loaded: true });
        return Promise.resolve();
      }
      return request(ROOM, { id })
        .then((data) => (data.readingRoom ? this.show(data.readingRoom) : this.setData({ error: '书屋不存在' })))
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ loaded: true }));
    },
    show(room) {
      this.setData({ room: Object.assign({}, this.data.room, room), week: weekOf(room.openingHours),
        form: { name: room.name, address: room.address, facilities: room.facilities.join(','), photos: room.photos.join('\n'),
          horizon: String(room.bookingHorizonDays), releaseTime: room.releaseTime, seatCount: String(room.seatCount),
          slot: Math.max(0, SLOTS.findIndex((slot) => slot.value === room.slotMinutes)) } });
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    dayInput(event) {
      const { index, field } = event.currentTarget.dataset;
      this.setData({ ['week[' + index + '].' + field]: event.detail.value });
    },
    save() {
      const form = this.data.form;
      const facilities = listOf(form.facilities);
      const photos = trim(form.photos).split(/[\s,，]+/).filter(Boolean);
      const open = this.data.week.filter((day) => day.open);
      const horizon = Number(trim(form.horizon));
      const seatCount = Number(trim(form.seatCount));
      const slotMinutes = SLOTS[Number(form.slot)].value;
      const problem = firstProblem([
        [!this.data.room, '书屋还没有读出来'],
        [!trim(form.name) || !trim(form.address), '请填写名称和地址'],
        [trim(form.name).length > 100 || trim(form.address).length > 200, '名称最多 100 个字，地址最多 200 个字'],
        [facilities.length > 20 || facilities.some((item) => item.length > 30), '最多 20 项设施，每项不超过 30 个字'],
        [photos.length > 9 || photos.some((photo) => !isHttps(photo) || photo.length > 500), '最多 9 张照片，链接须以 https:// 开头'],
        [!open.length, '请至少开放一天'],
        [open.some((day) => !TIME.test(day.opens) || !TIME.test(day.closes) || day.closes <= day.opens), '每天的关门时间须晚于开门时间'],
        [!(Number.isInteger(horizon) && horizon >= 1 && horizon <= 30), '可提前预约天数须在 1 到 30 之间'],
        [!TIME.test(form.releaseTime), '请选择放号时间'],
        [!(Number.isInteger(seatCount) && seatCount >= 1 && seatCount <= 500), '座位数须在 1 到 500 之间']
      ]);
      if (this.data.busy || refuse(this, problem)) {
        return Promise.resolve();
      }
      const input = { roomId: this.data.id, name: trim(form.name), address: trim(form.address), facilities, photos,
        openingHours: open.map((day) => ({ weekday: day.weekday, opens: day.opens, closes: day.closes })),
        bookingHorizonDays: horizon, releaseTime: form.releaseTime };
      if (seatCount !== this.data.room.seatCount) {
        input.seatCount = seatCount;
      }
      if (slotMinutes !== this.data.room.slotMinutes) {
        input.slotMinutes = slotMinutes;
      }
      return sending(this, () => request(UPDATE, { input }).then((data) => {
        this.show(data.updateReadingRoom.room);
        wx.showToast({ title: '已保存' });
      }), explain);
    }
  }
});
