// Organizers: the entry to everything they manage for their units.
const { request } = require('../../../utils/graphql');
const { ROUTES, url } = require('../../../utils/routes');
const { currentUser } = require('../../../utils/me');

const TILES = [
  { label: '发布活动', page: ROUTES.publish },
  { label: '我组织的活动 · 报名名单', page: ROUTES.organizerEvents },
  { label: '扫码签到', page: ROUTES.organizerCheckIn },
  { label: '故事审核', page: ROUTES.storyReview },
  { label: '故事评论管理', page: ROUTES.storyComments },
  { label: '入会审核', page: ROUTES.membershipReview },
  { label: '职工书屋管理', page: ROUTES.organizerRooms },
  { label: '微课堂排课', page: ROUTES.organizerLectures },
  { label: '微课堂课堂', page: ROUTES.classrooms },
  { label: '工匠资料', page: ROUTES.craftsmanEditor },
  { label: '写故事', page: ROUTES.storyEditor },
  { label: '兴趣小组管理', page: ROUTES.organizerGroups },
  { label: '文体季管理', page: ROUTES.organizerSeasons }
].map((tile) => ({ label: tile.label, url: url(tile.page) }));

Component({
  data: { units: [], tiles: TILES, error: '' },
  methods: {
    onLoad() {
      return currentUser()
        .then((data) => {
          const units = (data.me && data.me.organizerOf) || [];
          this.setData({ units, error: units.length ? '' : '仅限工会组织者使用' });
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    go(event) {
      wx.navigateTo({ url: event.currentTarget.dataset.url });
    }
  }
});
