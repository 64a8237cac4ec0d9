// Interest groups (兴趣小组): by category; join or leave (members-only groups take union members);
// a group's activities are the events of the group.
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { CATEGORIES, labelOf, shortTime } = require('../../../utils/labels');
const GROUPS = require('../../../graphql/interestGroups');
const JOIN = require('../../../graphql/joinInterestGroup');
const LEAVE = require('../../../graphql/leaveInterestGroup');
const EVENTS = require('../../../graphql/events');

Component({
  data: { categories: [{ value: null, label: '全部' }].concat(CATEGORIES), category: null, groups: [], opened: null, activities: [],
    endCursor: null, hasNextPage: false, loaded: false, error: '' },
  methods: {
    onLoad() {
      return this.load(true);
    },
    load(fresh) {
      return request(GROUPS, { category: this.data.category, first: 20, after: fresh ? null : this.data.endCursor })
        .then((data) => {
          const page = data.interestGroups;
          const groups = page.edges.map((edge) => Object.assign({}, edge.node, { categoryText: labelOf(CATEGORIES, edge.node.category) }));
          this.setData({ groups: fresh ? groups : this.data.groups.concat(groups), endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: '' });
        })
        .catch((error) => this.setData({ error: error.message, loaded: true }));
    },
    onReachBottom() {
      return this.data.hasNextPage ? this.load(false) : Promise.resolve();
    },
    filter(event) {
      this.setData({ category: event.currentTarget.dataset.category || null, opened: null });
      return this.load(true);
    },
    update(group) {
      this.setData({ groups: this.data.groups.map((item) => (item.id === group.id
        ? Object.assign({}, item, { memberCount: group.memberCount, joined: group.joined }) : item)) });
    },
    join(event) {
      return request(JOIN, { groupId: event.currentTarget.dataset.id })
        .then((data) => {
          this.update(data.joinInterestGroup.group);
          wx.showToast({ title: '已加入' });
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    leave(event) {
      return request(LEAVE, { groupId: event.currentTarget.dataset.id })
        .then((data) => {
          this.update(data.leaveInterestGroup.group);
          wx.showToast({ title: '已退出' });
        })
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    activities(event) {
      const id = event.currentTarget.dataset.id;
      if (this.data.opened === id) {
        this.setData({ opened: null, activities: [] });
        return Promise.resolve();
      }
      this.setData({ opened: id, activities: [] });
      return request(EVENTS, { filter: { interestGroupId: id }, first: 20 })
        .then((data) => this.setData({ activities: data.events.edges.map((edge) => Object.assign({}, edge.node,
          { time: shortTime(edge.node.startsAt) })) }))
        .catch((error) => wx.showToast({ title: error.message, icon: 'none' }));
    },
    openEvent(event) {
      wx.navigateTo({ url: url(ROUTES.eventDetail, { id: event.currentTarget.dataset.id }) });
    }
  }
});
