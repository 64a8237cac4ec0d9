// Dates as the portal reads them: yyyy-MM-dd in its zone, Asia/Shanghai (UTC+8, no daylight saving).
const OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86400 * 1000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function shanghaiDate(instant) {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Today and the next `count - 1` days: { date: 'yyyy-MM-dd', label: '今天' | '周三 11-26' }. */
function nextDays(count, now) {
  const start = (now || new Date()).getTime();
  const days = [];
  for (let i = 0; i < count; i++) {
    const shifted = new Date(start + i * DAY_MS + OFFSET_MS);
    const date = shifted.toISOString().slice(0, 10);
    days.push({ date, label: i === 0 ? '今天' : '周' + WEEKDAYS[shifted.getUTCDay()] + ' ' + date.slice(5) });
  }
  return days;
}

module.exports = { shanghaiDate, nextDays };
