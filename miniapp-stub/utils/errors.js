// What a worker reads when the API says no: one message per extensions.code (README.md lists the codes).
const MESSAGES = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '内容不存在或已下线',
  BAD_USER_INPUT: '填写的信息有误，请检查后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  VERSION_CONFLICT: '内容已被他人修改，请刷新后重试',
  WECHAT_CODE_INVALID: '微信登录已失效，请重试',
  WECHAT_UNAVAILABLE: '微信服务暂时不可用，请稍后再试',
  QUERY_TOO_COMPLEX: '请求过于复杂',
  GRAPHQL_VALIDATION_FAILED: '小程序版本过旧，请更新后重试',
  EVENT_FULL: '名额已满',
  REGISTRATION_CLOSED: '报名未开放或已截止',
  CHECK_IN_CLOSED: '不在签到时间内',
  ALREADY_CHECKED_IN: '已签到，无需重复签到',
  SEAT_TAKEN: '该座位已被预约，请换一个',
  ROOM_CLOSED: '书屋当天闭馆',
  OUTSIDE_HOURS: '不在开放时间内',
  BOOKING_LIMIT: '已达预约上限',
  BOOKING_BANNED: '因多次未到场，暂时不能预约',
  SEATS_BOOKED: '要减少的座位还有未结束的预约',
  LECTURER_BUSY: '主讲人该时段已有安排',
  CLASSROOM_BUSY: '课堂该时段已被占用',
  CONTENT_RISKY: '内容未通过安全检测，请修改',
  MEMBERSHIP_REQUIRED: '仅限工会会员，请先申请入会',
  PHONE_REQUIRED: '请先绑定手机号',
  QUOTA_EXHAUSTED: '今天的爱心餐已经领完了',
  ALREADY_CLAIMED: '今天已经领过爱心餐了，每人每天一份',
  NETWORK: '网络不给力，请稍后再试',
  TIMEOUT: '网络超时，请稍后再试',
  INTERNAL: '服务繁忙，请稍后再试'
};

function messageFor(code) {
  return MESSAGES[code] || MESSAGES.INTERNAL;
}

module.exports = { MESSAGES, messageFor };
