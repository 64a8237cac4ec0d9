// The member card (pages/member/card, the "approved" message): the caller's union, member number
// and a QR that organizers verify. The code is valid for a minute, so the page asks for a fresh
// card every REFRESH_MS while it is shown. A worker who is not a member sees the way to apply. A
// member may leave the union (leaveUnion, after a confirmation): the stored answers, which show the
// membership, are dropped and the mini-program starts again at home.
const { request, forgetAnswers } = require('../../utils/graphql');
const { asMe } = require('../../utils/me');
const { ROUTES, url } = require('../../utils/routes');
const { confirm, sending } = require('../../utils/form');
const MEMBER_CARD = require('../../graphql/memberCard');
const LEAVE_UNION = require('../../graphql/leaveUnion');

const REFRESH_MS = 50 * 1000;

Component({
  data: { card: null, membership: null, loaded: false, applyUrl: url(ROUTES.memberApply), busy: false, error: '' },
  methods: {
    onLoad() {
      this.start();
      return this.load();
    },
    onShow() {
      const wasHidden = this.hidden;
      this.hidden = false;
      this.start();
      return wasHidden ? this.load() : Promise.resolve();
    },
    onHide() {
      this.hidden = true;
      this.stop();
    },
    onUnload() {
      this.stop();
    },
    start() {
      this.stop();
      this.timer = setInterval(() => this.load(), REFRESH_MS);
    },
    stop() {
      if (this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    },
    load() {
      return asMe(MEMBER_CARD)
        .then((data) => {
          const me = data.me || {};
          this.setData({ membership: me.membership || null, card: me.memberCard || null, loaded: true, error: '' });
          if (!me.memberCard) {
            this.stop();
          }
        })
        .catch((error) => this.setData({ error: error.message }));
    },
    leave() {
      const union = this.data.membership ? this.data.membership.orgUnit.name : '工会';
      return confirm({ title: '退出工会', content: '确定退出' + union + '？会员号会保留，退出后仅限会员的活动和兴趣小组将不能参加。',
        confirmText: '退出', confirmColor: '#c62f2f' })
        .then((confirmed) => (confirmed ? sending(this, () => request(LEAVE_UNION).then(() => {
          this.stop();
          forgetAnswers();
          wx.showToast({ title: '已退出工会' });
          wx.reLaunch({ url: url(ROUTES.home) });
        }), (error) => (error.code === 'BAD_USER_INPUT' ? '你目前不是工会会员' : '')) : null));
    }
  }
});
