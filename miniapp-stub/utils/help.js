// The words of help requests (12351) as a worker reads them.
const CATEGORIES = [
  { value: 'WAGE_ARREARS', label: '欠薪' },
  { value: 'LABOUR_CONTRACT', label: '劳动合同' },
  { value: 'WORK_INJURY', label: '工伤' },
  { value: 'SOCIAL_INSURANCE', label: '社会保险' },
  { value: 'HARDSHIP', label: '困难帮扶' },
  { value: 'LEGAL_CONSULTATION', label: '法律咨询' },
  { value: 'OTHER', label: '其他诉求' }
];

const STATUS = { SUBMITTED: '待受理', ACCEPTED: '办理中', CLOSED: '已办结' };

const STEPS = { SUBMITTED: '提交诉求', ACCEPTED: '已受理', REPLIED: '答复', TRANSFERRED: '转办', ESCALATED: '超时上报',
  CLOSED: '办结', RATED: '评价' };

function categoryLabel(value) {
  const found = CATEGORIES.find((category) => category.value === value);
  return found ? found.label : value;
}

module.exports = { CATEGORIES, STATUS, STEPS, categoryLabel };
