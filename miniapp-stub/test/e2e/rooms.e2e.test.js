/**
 * @jest-environment jsdom
 */
// A worker books a seat through the mini-program's rooms pages and checks in with the room's desk
// code, against a real portal (test/e2e/portal.js). An organizer reads the desk code (it changes
// daily). Check-in opens 15 minutes before a booking starts, so the test needs a slot that starts
// within a few minutes of now: a demo room open now that has one, else a room the organizer opens
// for the purpose, with hours that start five minutes ago.
const { installWx, client } = require('./portal');
const { open } = require('./pages');
const { shanghaiDate } = require('../../utils/dates');
const { parseQuery } = require('../../utils/routes');

const ORGANIZER_ROOMS = `query OrganizerRooms {
  readingRooms(first: 50) {
    edges { node { id name lat lng slotMinutes deskCode openingHours { weekday opens closes } upcomingClosures { date } } }
  }
}`;
const OPEN_ROOM = `mutation OpenRoom($input: CreateReadingRoomInput!) {
  createReadingRoom(input: $input) { room { id name lat lng slotMinutes deskCode } }
}`;

const MINUTE = 60 * 1000;

function shanghaiClock(now) {
  const local = new Date(now.getTime() + 8 * 3600 * 1000);
  return { date: shanghaiDate(now), weekday: local.getUTCDay() || 7, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

const minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes) => String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');

// A slot of the room today that starts between 10 minutes ago and 12 minutes from now (check-in is
// open from 15 minutes before to 15 minutes after the start), or null.
function slotNow(room, clock) {
  const hours = room.openingHours.find((item) => item.weekday === clock.weekday);
  if (!hours || !room.deskCode || room.upcomingClosures.some((closure) => closure.date === clock.date)) {
    return null;
  }
  for (let from = minutesOf(hours.opens); from + room.slotMinutes <= minutesOf(hours.closes); from += room.slotMinutes) {
    if (from >= clock.minutes - 10 && from <= clock.minutes + 12) {
      return { from: hhmm(from), to: hhmm(from + room.slotMinutes) };
    }
  }
  return null;
}

async function until(condition, what) {
  const deadline = Date.now() + 15000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('gave up waiting for ' + what);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const optionsOf = (url) => parseQuery(url.split('?')[1]);

test('a worker books a seat from the rooms pages and checks in with the desk code', async () => {
  const clock = shanghaiClock(new Date());
  installWx('demo-organizer-hangzhou');
  const organizer = client();
  await organizer.login();
  const rooms = (await organizer.request(ORGANIZER_ROOMS)).readingRooms.edges.map((edge) => edge.node);
  let room = rooms.find((candidate) => slotNow(candidate, clock));
  let slot = room && slotNow(room, clock);
  if (!room) {
    const opens = clock.minutes - 5;
    if (opens < 0 || opens + 30 > 23 * 60 + 59) {
      console.warn('Skipped: no demo room has a slot starting now, and at ' + hhmm(clock.minutes)
        + ' in Hangzhou a room cannot open a half-hour slot today; run it between 00:05 and 23:34.');
      return;
    }
    const me = await organizer.request(require('../../graphql/me'));
    const created = await organizer.request(OPEN_ROOM, { input: { orgUnitId: me.me.organizerOf[0].id,
      name: '端到端测试书屋 ' + Date.now(), address: '杭州市拱墅区湖墅南路 201 号', lat: 30.2765, lng: 120.156, seatCount: 4,
      openingHours: [{ weekday: clock.weekday, opens: hhmm(opens), closes: hhmm(opens + 30) }], slotMinutes: 30 } });
    room = created.createReadingRoom.room;
    slot = { from: hhmm(opens), to: hhmm(opens + 30) };
  }
  expect(room.deskCode).toBeTruthy();

  const navigated = [];
  const toasts = [];
  installWx('demo-e2e-rooms-' + Date.now(), {
    getLocation: (options) => options.success({ latitude: room.lat, longitude: room.lng }),
    navigateTo: (options) => navigated.push(options.url),
    showToast: (options) => toasts.push(options.title)
  });
  client();

  // the rooms list, nearest first: the worker taps the room
  const list = await open('pages/rooms/list/list', {});
  const index = list.instance.data.rooms.findIndex((item) => item.id === room.id);
  expect(index).toBeGreaterThanOrEqual(0);
  list.querySelectorAll('.room')[index].dispatchEvent('tap');
  await until(() => navigated.length === 1, 'the room page');
  expect(navigated).toEqual(['/pages/rooms/detail?id=' + room.id]);

  // the room's page opens on today, in Hangzhou, with today's slots
  const detail = await open('pages/rooms/detail', optionsOf(navigated[0]));
  expect(detail.instance.data.error).toBe('');
  expect(detail.instance.data.date).toBe(clock.date);
  const slots = detail.instance.data.room.availability;
  const at = slots.findIndex((item) => item.from === slot.from);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(slots[at].freeSeats).toBeGreaterThan(0);
  detail.querySelectorAll('.slot')[at].dispatchEvent('tap');
  await until(() => navigated.length === 2 || toasts.length > 0, 'the booking');
  expect(navigated[1]).toMatch(/^\/pages\/rooms\/booking\?id=\d+$/);

  // the booking's page (also what the reminder opens)
  const booking = await open('pages/rooms/booking', optionsOf(navigated[1]));
  expect(booking.instance.data.booking).toMatchObject({ status: 'BOOKED', date: clock.date, from: slot.from, to: slot.to });

  // scanning the desk QR opens the check-in page with the desk code as its scene
  const checkIn = await open('pages/rooms/checkin', { scene: encodeURIComponent('d=' + room.deskCode) });
  expect(checkIn.instance.data.error).toBe('');
  expect(checkIn.instance.data.booking).toMatchObject({ id: booking.instance.data.booking.id, status: 'CHECKED_IN' });
}, 60000);
