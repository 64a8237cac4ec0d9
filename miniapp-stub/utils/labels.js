// What the portal's enums read as in the mini-program, as pickers take them ({ value, label } lists).
const CITIES = [
  { value: '330100', label: '杭州' }, { value: '330200', label: '宁波' }, { value: '330300', label: '温州' },
  { value: '330400', label: '嘉兴' }, { value: '330500', label: '湖州' }, { value: '330600', label: '绍兴' },
  { value: '330700', label: '金华' }, { value: '330800', label: '衢州' }, { value: '330900', label: '舟山' },
  { value: '331000', label: '台州' }, { value: '331100', label: '丽水' }
];
const CATEGORIES = [
  { value: 'CULTURE', label: '文化' }, { value: 'SPORTS', label: '体育' }, { value: 'READING', label: '阅读' },
  { value: 'ARTS', label: '文艺' }, { value: 'SKILLS', label: '技能' }, { value: 'OTHER', label: '其他' }
];
const KINDS = [
  { value: 'DEMONSTRATION', label: '示范性活动' }, { value: 'CULTURE_DELIVERY', label: '文化进万家' },
  { value: 'INTEREST_GROUP', label: '兴趣小组活动' }, { value: 'LEAGUE_MATCH', label: '联赛' }
];
const AUDIENCES = [
  { value: 'PUBLIC', label: '所有职工' }, { value: 'MEMBERS', label: '工会会员' }, { value: 'ORG_UNIT', label: '本单位及下级单位会员' }
];
const QUESTION_KINDS = [{ value: 'TEXT', label: '填空' }, { value: 'CHOICE', label: '单选' }];
const REGISTRATION_STATUS = { CONFIRMED: '已报名', WAITLISTED: '候补中', CANCELLED: '已取消', ATTENDED: '已签到', NO_SHOW: '未到场' };
const BOOKING_STATUS = { BOOKED: '待签到', CHECKED_IN: '使用中', AWAY: '暂离中', COMPLETED: '已完成', CANCELLED: '已取消',
  NO_SHOW: '未到场', RELEASED: '暂离超时' };
const STORY_STATUS = { DRAFT: '草稿', IN_REVIEW: '审核中', PUBLISHED: '已发布', REJECTED: '已退回' };
const EVENT_STATUS = { DRAFT: '草稿', PUBLISHED: '已发布', CANCELLED: '已取消', FINISHED: '已结束' };
const HONOURS = { NATIONAL_MODEL_WORKER: '全国劳动模范', PROVINCIAL_MODEL_WORKER: '省部级劳动模范', GREAT_CRAFTSMAN: '大国工匠',
  ZHEJIANG_CRAFTSMAN: '浙江工匠', MAY_DAY_LABOUR_MEDAL: '全国五一劳动奖章', ZHEJIANG_YOUNG_CRAFTSMAN: '浙江青年工匠' };

/** The honours as pickers take them. */
const HONOUR_LIST = Object.keys(HONOURS).map((value) => ({ value, label: HONOURS[value] }));

function labelOf(list, value) {
  const found = list.find((item) => item.value === value);
  return found ? found.label : value;
}

function indexOf(list, value) {
  const at = list.findIndex((item) => item.value === value);
  return at < 0 ? 0 : at;
}

/** "2026-11-26T08:00:00+08:00" → "11-26 08:00" in the portal's zone. */
function shortTime(iso) {
  if (!iso) {
    return '';
  }
  const local = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString();
  return local.slice(5, 10) + ' ' + local.slice(11, 16);
}

module.exports = { CITIES, CATEGORIES, KINDS, AUDIENCES, QUESTION_KINDS, REGISTRATION_STATUS, BOOKING_STATUS, EVENT_STATUS,
  STORY_STATUS, HONOURS, HONOUR_LIST, labelOf, indexOf, shortTime };
