// Organizers: the classrooms of their unit and the units below — a new one (createClassroom: unit,
// name, offline with its address and position from wx.chooseLocation, or a cloud classroom 云课堂,
// an optional region code, capacity and live link) and one changed (updateClassroom: name, address,
// capacity, live link; the kind, region and position stay as created, an emptied live link is
// cleared, a capacity once set cannot be removed).
const { request } = require('../../../utils/graphql');
const { openForUnits } = require('../../../utils/me');
const { trim, isHttps, firstProblem, sending, refuse } = require('../../../utils/form');
const CLASSROOMS = require('../../../graphql/organizerClassrooms');
const CREATE = require('../../../graphql/createClassroom');
const UPDATE = require('../../../graphql/updateClassroom');

const MODES = [{ value: 'OFFLINE', label: '线下课堂' }, { value: 'ONLINE', label: '云课堂（线上）' }];
const emptyForm = () => ({ name: '', mode: 0, address: '', lat: null, lng: null, districtCode: '', capacity: '', liveUrl: '' });
const shown = (classroom) => Object.assign({}, classroom, { modeText: MODES.find((mode) => mode.value === classroom.mode).label });

Component({
  data: { orgUnits: [], orgUnit: 0, classrooms: [], editing: null, form: emptyForm(), modes: MODES, loaded: false, busy: false,
    error: '' },
  methods: {
    onLoad() {
      return openForUnits(this);
    },
    load() {
      return request(CLASSROOMS, { orgUnitId: this.data.orgUnits[this.data.orgUnit].id, first: 50 })
        .then((data) => this.setData({ classrooms: data.classrooms.edges.map((edge) => shown(edge.node)) }));
    },
    pickUnit(event) {
      this.setData({ orgUnit: Number(event.detail.value), editing: null, form: emptyForm() });
      return this.load().catch((error) => this.setData({ error: error.message }));
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    chooseLocation() {
      wx.chooseLocation({
        success: (res) => this.setData({ 'form.address': this.data.form.address || res.address || '', 'form.lat': res.latitude,
          'form.lng': res.longitude })
      });
    },
    // a classroom opened to change it, or closed again for a new one
    edit(event) {
      const id = event.currentTarget.dataset.id;
      if (this.data.editing === id) {
        this.setData({ editing: null, form: emptyForm(), error: '' });
        return;
      }
      const classroom = this.data.classrooms.find((item) => item.id === id);
      this.setData({ editing: id, error: '', form: Object.assign(emptyForm(), { name: classroom.name,
        mode: MODES.findIndex((mode) => mode.value === classroom.mode), address: classroom.address || '',
        capacity: classroom.capacity == null ? '' : String(classroom.capacity), liveUrl: classroom.liveUrl || '' }) });
    },
    save() {
      const form = this.data.form;
      const editing = this.data.classrooms.find((item) => item.id === this.data.editing);
      const offline = MODES[Number(form.mode)].value === 'OFFLINE';
      const name = trim(form.name);
      const address = trim(form.address);
      const capacity = trim(form.capacity) ? Number(trim(form.capacity)) : null;
      const liveUrl = trim(form.liveUrl);
      const problem = firstProblem([
        [!name, '请填写课堂名称'],
        [name.length > 100 || address.length > 200, '名称最多 100 个字，地址最多 200 个字'],
        [offline && !address, '线下课堂请填写地址'],
        [offline && !editing && form.lat == null, '线下课堂请在地图上选择位置'],
        [!editing && Boolean(trim(form.districtCode)) && !/^\d{6}$/.test(trim(form.districtCode)), '区县代码为 6 位数字'],
        [capacity !== null && !(Number.isInteger(capacity) && capacity >= 1 && capacity <= 10000), '容纳人数须在 1 到 10000 之间'],
        [editing && editing.capacity != null && capacity === null, '已设的容纳人数不能清空，可改为其他人数'],
        [Boolean(liveUrl) && (!isHttps(liveUrl) || liveUrl.length > 500), '直播链接须以 https:// 开头，最多 500 个字符']
      ]);
      if (this.data.busy || refuse(this, problem)) {
        return Promise.resolve();
      }
      const work = editing
        ? () => request(UPDATE, { input: { id: editing.id, name, address, capacity, liveUrl } }).then((data) => {
          const classroom = shown(data.updateClassroom.classroom);
          this.setData({ classrooms: this.data.classrooms.map((item) => (item.id === classroom.id ? classroom : item)) });
          wx.showToast({ title: '已保存' });
        })
        : () => request(CREATE, { input: { orgUnitId: this.data.orgUnits[this.data.orgUnit].id, name,
          mode: MODES[Number(form.mode)].value, address: address || null, districtCode: trim(form.districtCode) || null,
          lat: offline ? form.lat : null, lng: offline ? form.lng : null, capacity, liveUrl: liveUrl || null } }).then((data) => {
          this.setData({ classrooms: this.data.classrooms.concat([shown(data.createClassroom.classroom)]), form: emptyForm() });
          wx.showToast({ title: '已创建' });
        });
      return sending(this, work);
    }
  }
});
