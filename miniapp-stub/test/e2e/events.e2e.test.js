/**
 * @jest-environment jsdom
 */
// An organizer publishes an event on the publish page, a worker registers on the event's page and
// opens the check-in code, and the organizer checks the worker in by scanning it on the door page,
// against a real portal (test/e2e/portal.js). Check-in opens an hour before the start, so the
// event starts ten minutes from now, on today's date in Hangzhou, and lasts up to an hour (less
// late in the evening, as the publish page takes one day).
const { installWx, client } = require('./portal');
const { open } = require('./pages');
const { shanghaiDate } = require('../../utils/dates');

const MY_REGISTRATIONS = `query MyRegistrations {
  myRegistrations(first: 20) { edges { node { status event { id } } } }
}`;

function shanghaiMinutes(now) {
  const local = new Date(now.getTime() + 8 * 3600 * 1000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

const hhmm = (minutes) => String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');

const typed = (page, field, value) => page.instance.input({ detail: { value }, currentTarget: { dataset: { field } } });

test('an organizer publishes an event, a worker registers, the organizer scans the worker in', async () => {
  const now = new Date();
  const starts = shanghaiMinutes(now) + 10;
  const ends = Math.min(starts + 60, 23 * 60 + 59);
  if (ends - starts < 15) {
    console.warn('Skipped: at ' + hhmm(starts - 10) + ' in Hangzhou an event starting in ten minutes would end'
      + ' tomorrow, and the publish page takes one day; run it before 23:35.');
    return;
  }
  const title = '端到端签到活动 ' + Date.now();

  // the organizer fills in the publish page and publishes
  const toasts = [];
  installWx('demo-organizer-hangzhou', {
    chooseLocation: (options) => options.success({ name: '拱墅区职工文化中心', address: '杭州市拱墅区湖墅南路 201 号',
      latitude: 30.2765, longitude: 120.156 }),
    showToast: (options) => toasts.push(options.title)
  });
  client();
  const publish = await open('pages/organizer/publish/publish', {});
  expect(publish.instance.data.error).toBe('');
  typed(publish, 'title', title);
  typed(publish, 'summary', '拱墅区职工端到端签到测试');
  typed(publish, 'date', shanghaiDate(now));
  typed(publish, 'from', hhmm(starts));
  typed(publish, 'to', hhmm(ends));
  typed(publish, 'capacity', '10');
  publish.instance.chooseLocation();
  await publish.instance.submit();
  expect(publish.instance.data.error).toBe('');
  expect(publish.instance.data.status).toBe('PUBLISHED');
  expect(toasts).toContain('已发布');
  const eventId = publish.instance.data.id;

  // a worker registers on the event's page and opens the check-in code
  installWx('demo-e2e-events-' + Date.now(), { showToast: (options) => toasts.push(options.title) });
  client();
  const detail = await open('pages/events/detail', { id: eventId });
  expect(detail.instance.data.event).toMatchObject({ id: eventId, title });
  await detail.instance.register();
  expect(toasts).toContain('报名成功');
  expect(detail.instance.data.registered).toBe(true);
  const code = await open('pages/events/checkin', { id: eventId });
  expect(code.instance.data.error).toBe('');
  expect(code.instance.data.code).toMatch(/^\S{4,}$/);
  const worker = global.wx;

  // the organizer scans the worker's mini-program code at the door
  installWx('demo-organizer-hangzhou', {
    scanCode: (options) => options.success({ path: 'pages/events/checkin?scene=' + encodeURIComponent('c=' + code.instance.data.code) }),
    showToast: (options) => toasts.push(options.title)
  });
  client();
  const door = await open('pages/organizer/checkin/checkin', {});
  expect(door.instance.data.error).toBe('');
  const registration = await door.instance.scan();
  expect(door.instance.data.error).toBe('');
  expect(registration).toMatchObject({ status: 'ATTENDED', event: { id: eventId, title } });
  expect(door.instance.data.checkedIn[0].id).toBe(registration.id);

  // the worker sees the registration attended
  global.wx = worker;
  const mine = await client().request(MY_REGISTRATIONS);
  expect(mine.myRegistrations.edges.map((edge) => edge.node)).toContainEqual({ status: 'ATTENDED', event: { id: eventId } });
}, 60000);
