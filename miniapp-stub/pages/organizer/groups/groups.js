// Organizers: the interest groups of their unit — a new group (name, description, category, members
// only), a group's name, description and category changed, and its members, each of whom may be taken
// out of the group after a confirmation.
const { request } = require('../../../utils/graphql');
const { CATEGORIES, labelOf, indexOf, shortTime } = require('../../../utils/labels');
const { openForUnits } = require('../../../utils/me');
const { trim, firstProblem, confirm, sending, refuse } = require('../../../utils/form');
const GROUPS = require('../../../graphql/organizerGroups');
const MEMBERS = require('../../../graphql/interestGroupMembers');
const CREATE = require('../../../graphql/createInterestGroup');
const UPDATE = require('../../../graphql/updateInterestGroup');
const REMOVE = require('../../../graphql/removeInterestGroupMember');

const emptyForm = () => ({ name: '', description: '', category: 0, membersOnly: false });
const shown = (group) => Object.assign({}, group, { categoryText: labelOf(CATEGORIES, group.category) });

Component({
  data: { orgUnits: [], orgUnit: 0, groups: [], editing: null, form: emptyForm(), members: [], categories: CATEGORIES,
    loaded: false, busy: false, error: '' },
  methods: {
    onLoad() {
      return openForUnits(this);
    },
    load() {
      return request(GROUPS, { orgUnitId: this.data.orgUnits[this.data.orgUnit].id, first: 50 })
        .then((data) => this.setData({ groups: data.interestGroups.edges.map((edge) => shown(edge.node)) }));
    },
    pickUnit(event) {
      this.setData({ orgUnit: Number(event.detail.value), editing: null, form: emptyForm(), members: [] });
      return this.load().catch((error) => this.setData({ error: error.message }));
    },
    input(event) {
      this.setData({ ['form.' + event.currentTarget.dataset.field]: event.detail.value });
    },
    // a group opened to change it (and see its members), or closed again for a new one
    edit(event) {
      const id = event.currentTarget.dataset.id;
      if (this.data.editing === id) {
        this.setData({ editing: null, form: emptyForm(), members: [], error: '' });
        return Promise.resolve();
      }
      const group = this.data.groups.find((item) => item.id === id);
      this.setData({ editing: id, members: [], error: '',
        form: { name: group.name, description: group.description || '', category: indexOf(CATEGORIES, group.category), membersOnly: group.membersOnly } });
      return request(MEMBERS, { groupId: id, first: 50 })
        .then((data) => this.setData({ members: data.interestGroupMembers.edges.map((edge) => Object.assign({}, edge.node,
          { joined: shortTime(edge.node.joinedAt) })) }))
        .catch((error) => this.setData({ error: error.message }));
    },
    save() {
      const form = this.data.form;
      const problem = firstProblem([
        [!trim(form.name), '请填写小组名称'],
        [trim(form.name).length > 100, '小组名称最多 100 个字'],
        [trim(form.description).length > 1000, '小组介绍最多 1000 个字']
      ]);
      if (this.data.busy || refuse(this, problem)) {
        return Promise.resolve();
      }
      const editing = this.data.editing;
      const input = { name: trim(form.name), category: CATEGORIES[Number(form.category)].value };
      const work = editing
        ? () => request(UPDATE, { input: Object.assign(input, { id: editing, description: trim(form.description) }) })
          .then((data) => {
            const group = shown(data.updateInterestGroup.group);
            this.setData({ groups: this.data.groups.map((item) => (item.id === group.id ? group : item)) });
            wx.showToast({ title: '已保存' });
          })
        : () => request(CREATE, { input: Object.assign(input, { orgUnitId: this.data.orgUnits[this.data.orgUnit].id,
          description: trim(form.description) || null, membersOnly: Boolean(form.membersOnly) }) })
          .then((data) => {
            this.setData({ groups: [shown(data.createInterestGroup.group)].concat(this.data.groups), form: emptyForm() });
            wx.showToast({ title: '已创建' });
          });
      return sending(this, work);
    },
    remove(event) {
      const userId = event.currentTarget.dataset.id;
      const groupId = this.data.editing;
      const member = this.data.members.find((item) => item.userId === userId) || {};
      return confirm({ title: '移出小组', content: '确定将' + (member.nickname || '这位成员') + '移出小组？', confirmText: '移出' })
        .then((confirmed) => (confirmed ? sending(this, () => request(REMOVE, { groupId, userId }).then((data) => {
          const group = data.removeInterestGroupMember.group;
          this.setData({ members: this.data.members.filter((item) => item.userId !== userId),
            groups: this.data.groups.map((item) => (item.id === group.id ? Object.assign({}, item, { memberCount: group.memberCount }) : item)) });
          wx.showToast({ title: '已移出' });
        })) : null));
    }
  }
});
