// Service stations: the names of what a station offers and of what a worker may report.
const SERVICES = [
  { value: 'DRINKING_WATER', label: '饮水' },
  { value: 'PHONE_CHARGING', label: '手机充电' },
  { value: 'EBIKE_CHARGING', label: '电动车充电' },
  { value: 'MICROWAVE', label: '微波炉' },
  { value: 'REST_AREA', label: '休息区' },
  { value: 'TOILET', label: '卫生间' },
  { value: 'FIRST_AID_KIT', label: '急救箱' },
  { value: 'LEGAL_AID', label: '法律援助' },
  { value: 'FREE_MEALS', label: '爱心餐' }
];

const ISSUE_KINDS = [
  { value: 'CLOSED', label: '驿站没开门' },
  { value: 'NO_WATER', label: '没有水' },
  { value: 'CHARGER_BROKEN', label: '充电设施坏了' },
  { value: 'MICROWAVE_BROKEN', label: '微波炉坏了' },
  { value: 'NO_FREE_MEALS', label: '没有爱心餐' },
  { value: 'UNCLEAN', label: '卫生问题' },
  { value: 'OTHER', label: '其他问题' }
];

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

function serviceLabels(services) {
  return (services || []).map((value) => (SERVICES.find((service) => service.value === value) || { label: value }).label);
}

// A station as a page shows it: what it offers in words, and its hours as lines.
function describe(station) {
  const hours = station.open24h ? ['24 小时开放']
    : (station.openingHours || []).map((day) => WEEKDAYS[day.weekday] + ' ' + day.opens + '–' + day.closes);
  const distance = station.distanceMeters == null ? null : Math.round(station.distanceMeters);
  return Object.assign({}, station, { serviceText: serviceLabels(station.services).join(' · '), hours, distance });
}

module.exports = { SERVICES, ISSUE_KINDS, describe, serviceLabels };
