// The member card (pages/member/card, the "approved" message): the caller's union, member number
// and a QR that organizers verify. The code is valid for a minute, so the page asks for a fresh
// card every REFRESH_MS while it is shown. A worker who is not a member sees the way to apply.
const { asMe } = require('../../utils/me');
const { ROUTES, url } = require('../../utils/routes');
const MEMBER_CARD = require('../../graphql/memberCard');

const REFRESH_MS = 50 * 1000;

Component({
  data: { card: null, membership: null, loaded: false, applyUrl: url(ROUTES.memberApply), error: '' },
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
    }
  }
});
