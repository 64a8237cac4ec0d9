// Province organizers: the culture & sports seasons — a new season (name, first and last day, up to
// four quarter names such as 春之韵) and a season changed. Organizers of other units may look; the
// portal refuses their changes (FORBIDDEN), which the page words as such.
const { request } = require('../../../utils/graphql');
const { trim, listOf, firstProblem, sending, refuse } = require('../../../utils/form');
const SEASONS = require('../../../graphql/organizerSeasons');
const CREATE = require('../../../graphql/createSeason');
const UPDATE = require('../../../graphql/updateSeason');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const emptyForm = () => ({ name: '', startsOn: '', endsOn: '', quarterNames: '' });
const shown = (season) => Object.assign({}, season, { quarters: season.quarterNames.join('、') });
// the last day a season starting on `date` may end: two years on
const twoYearsOn = (date) => (Number(date.slice(0, 4)) + 2) + date.slice(4);
const explain = (error) => (error.code === 'FORBIDDEN' ? '仅省级工会组织者可以管理文体季' : '');

Component({
  data: { seasons: [], editing: null, form: emptyForm(), endCursor: null, hasNextPage: false, loaded: false, busy: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    load(fresh) {
      return request(SEASONS, { first: 20, after: fresh ? null : this.data.endCursor })
        .then((data) => {
          const seasons = data.seasons.edges.map((edge) => shown(edge.node));
          this.setData({ seasons: fresh ? seasons : this.data.seasons.concat(seasons), endCursor: data.seasons.pageInfo.endCursor,
            hasNextPage: data.seasons.pageInfo.hasNextPage });
        })
        .catch((error) => this.setData({ error: error.message }))
        .then(() => this.setData({ loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    edit(event) {
      const id = event.currentTarget.dataset.id;
      const season = this.data.seasons.find((item) => item.id === id);
      this.setData(this.data.editing === id || !season ? { editing: null, form: emptyForm(), error: '' } : { editing: id, error: '',
        form: { name: season.name, startsOn: season.startsOn, endsOn: season.endsOn, quarterNames: season.quarterNames.join(',') } });
    },
    save() {
      const form = this.data.form;
      const quarterNames = listOf(form.quarterNames);
      const problem = firstProblem([
        [!trim(form.name), '请填写文体季名称'],
        [trim(form.name).length > 100, '名称最多 100 个字'],
        [!DATE.test(form.startsOn) || !DATE.test(form.endsOn), '请选择开始和结束日期'],
        [form.endsOn < form.startsOn || form.endsOn > twoYearsOn(form.startsOn), '结束日期须在开始日期之后，且不超过两年'],
        [quarterNames.length > 4 || quarterNames.some((name) => name.length > 20), '最多 4 个季度名称，每个不超过 20 个字']
      ]);
      if (this.data.busy || refuse(this, problem)) {
        return Promise.resolve();
      }
      const input = { name: trim(form.name), startsOn: form.startsOn, endsOn: form.endsOn, quarterNames };
      const editing = this.data.editing;
      const work = editing
        ? () => request(UPDATE, { input: Object.assign({ id: editing }, input) }).then((data) => {
          const season = shown(data.updateSeason.season);
          this.setData({ seasons: this.data.seasons.map((item) => (item.id === season.id ? season : item)), editing: null, form: emptyForm() });
          wx.showToast({ title: '已保存' });
        })
        : () => request(CREATE, { input }).then((data) => {
          this.setData({ seasons: [shown(data.createSeason.season)].concat(this.data.seasons), form: emptyForm() });
          wx.showToast({ title: '已创建' });
        });
      return sending(this, work, explain);
    }
  }
});
