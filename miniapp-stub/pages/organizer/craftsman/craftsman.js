// Organizers: a craftsman or model worker of their unit, new (no parameters: the form, and the unit's
// craftsmen to pick one to edit) or edited (?id=): name, honours with their years, enterprise, trade,
// biography, portrait (a link, or a picture uploaded from the phone) and innovation studio. Honours, when saved, replace the list; an
// emptied field is cleared.
const { request } = require('../../../utils/graphql');
const { ROUTES, params, url } = require('../../../utils/routes');
const { HONOURS, HONOUR_LIST, indexOf } = require('../../../utils/labels');
const { organizerUnits } = require('../../../utils/me');
const { trim, isPictureUrl, firstProblem, sending, refuse } = require('../../../utils/form');
const { uploadInto } = require('../../../utils/upload');
const CRAFTSMEN = require('../../../graphql/craftsmen');
const CRAFTSMAN = require('../../../graphql/craftsmanForEdit');
const CREATE = require('../../../graphql/createCraftsman');
const UPDATE = require('../../../graphql/updateCraftsman');

const MAX_HONOURS = 20;
const TEXTS = ['name', 'enterprise', 'trade', 'biography', 'portraitUrl', 'studioName'];
const emptyForm = () => ({ name: '', enterprise: '', trade: '', biography: '', portraitUrl: '', studioName: '' });
const honourText = (craftsman) => craftsman.honours.map((award) => (award.year ? award.year + ' ' : '') + HONOURS[award.honour]).join('、');

Component({
  data: { id: null, orgUnits: [], orgUnit: 0, form: emptyForm(), honours: [], honourList: HONOUR_LIST, craftsmen: [],
    detailUrl: '', loaded: false, busy: false, error: '' },
  methods: {
    onLoad(options) {
      const id = params(options).id || null;
      this.setData({ id });
      return organizerUnits()
        .then((units) => {
          this.setData({ orgUnits: units });
          return id ? this.load(id) : this.listUnit();
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ loaded: true }));
    },
    load(id) {
      return request(CRAFTSMAN, { id }).then((data) => {
        if (!data.craftsman) {
          this.setData({ error: '工匠不存在或你无权编辑' });
          return;
        }
        this.show(data.craftsman);
      });
    },
    show(craftsman) {
      const form = {};
      TEXTS.forEach((field) => { form[field] = craftsman[field] || ''; });
      this.setData({ id: craftsman.id, form, detailUrl: url(ROUTES.craftsmanDetail, { id: craftsman.id }),
        honours: craftsman.honours.map((award) => ({ honour: indexOf(HONOUR_LIST, award.honour), year: award.year ? String(award.year) : '' })) });
    },
    listUnit() {
      const unit = this.data.orgUnits[this.data.orgUnit];
      return request(CRAFTSMEN, { filter: { orgUnitId: unit.id }, first: 50 })
        .then((data) => this.setData({ craftsmen: data.craftsmen.edges.map((edge) => Object.assign({}, edge.node,
          { honourText: honourText(edge.node) })) }));
    },
    pickUnit(event) {
      this.setData({ orgUnit: Number(event.detail.value) });
      return this.listUnit().catch((error) => this.setData({ error: error.message }));
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    uploadPortrait() {
      return uploadInto(this, 'portraitUrl');
    },
    addHonour() {
      if (this.data.honours.length < MAX_HONOURS) {
        this.setData({ honours: this.data.honours.concat([{ honour: 0, year: '' }]) });
      }
    },
    removeHonour(event) {
      const index = Number(event.currentTarget.dataset.index);
      this.setData({ honours: this.data.honours.filter((item, at) => at !== index) });
    },
    honourInput(event) {
      const { index, field } = event.currentTarget.dataset;
      this.setData({ ['honours[' + index + '].' + field]: event.detail.value });
    },
    // The honours as the portal takes them, or null when a year is not one.
    awards() {
      const awards = this.data.honours.map((item) => ({ honour: HONOUR_LIST[Number(item.honour)].value,
        year: trim(item.year) ? Number(trim(item.year)) : null }));
      return awards.every((award) => award.year === null || (Number.isInteger(award.year) && award.year >= 1949 && award.year <= 2100))
        ? awards : null;
    },
    problem(awards) {
      const form = this.data.form;
      const keys = (awards || []).map((award) => award.honour + ':' + award.year);
      return firstProblem([
        [!trim(form.name), '请填写姓名'],
        [trim(form.name).length > 50, '姓名最多 50 个字'],
        [!awards, '获得荣誉的年份须在 1949 到 2100 之间，不知道可留空'],
        [keys.some((key, at) => keys.indexOf(key) !== at), '同一荣誉、同一年份只填一次'],
        [trim(form.enterprise).length > 100, '所在企业最多 100 个字'],
        [trim(form.trade).length > 50, '工种最多 50 个字'],
        [trim(form.studioName).length > 100, '工作室名称最多 100 个字'],
        [trim(form.biography).length > 5000, '简介最多 5000 个字'],
        [trim(form.portraitUrl) !== '' && (!isPictureUrl(form.portraitUrl) || trim(form.portraitUrl).length > 500), '照片链接须以 https:// 开头，或上传照片']
      ]);
    },
    save() {
      const awards = this.awards();
      if (this.data.busy || refuse(this, this.problem(awards))) {
        return Promise.resolve();
      }
      const input = { honours: awards };
      // a new craftsman leaves an empty field out; an edit clears it with the empty string
      TEXTS.forEach((field) => { input[field] = trim(this.data.form[field]) || (this.data.id ? '' : null); });
      const saved = this.data.id
        ? () => request(UPDATE, { input: Object.assign({ id: this.data.id }, input) }).then((data) => data.updateCraftsman.craftsman)
        : () => request(CREATE, { input: Object.assign({ orgUnitId: this.data.orgUnits[this.data.orgUnit].id }, input) })
          .then((data) => data.createCraftsman.craftsman);
      const created = !this.data.id;
      return sending(this, () => saved().then((craftsman) => {
        this.show(craftsman);
        wx.showToast({ title: created ? '已添加' : '已保存' });
      }));
    },
    edit(event) {
      wx.navigateTo({ url: url(ROUTES.craftsmanEditor, { id: event.currentTarget.dataset.id }) });
    },
    open() {
      wx.navigateTo({ url: this.data.detailUrl });
    }
  }
});
