// Member card check (pages/member/verify). The card's QR carries its code as the whole scene (no
// key=): an organizer who scans it sees whether the card is valid, and whose it is, masked.
const { request } = require('../../utils/graphql');
const { params, sceneValue } = require('../../utils/routes');
const VERIFY = require('../../graphql/verifyMemberCard');

const STATUS = {
  VALID: '有效会员卡',
  EXPIRED: '会员卡已过期，请会员刷新后再出示',
  FORGED: '无效的会员码，不是工会签发的会员卡'
};

Component({
  data: { result: null, statusText: '', error: '' },
  methods: {
    onLoad(options) {
      const code = sceneValue(options) || params(options).code;
      if (!code) {
        this.setData({ error: '请扫描会员出示的会员卡二维码' });
        return Promise.resolve();
      }
      return request(VERIFY, { code })
        .then((data) => {
          const result = data.verifyMemberCard;
          this.setData({ result, statusText: STATUS[result.status] || result.status });
        })
        .catch((error) => this.setData({ error: error.code === 'FORBIDDEN' ? '仅限工会组织者核验会员卡' : error.message }));
    }
  }
});
