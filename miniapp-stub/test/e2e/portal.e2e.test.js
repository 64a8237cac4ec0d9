// The mini-program's client module against a real portal (test/e2e/portal.js), in Node:
// log in with a demo code, list popular events, register, find the registration in "my registrations".
const { installWx, client } = require('./portal');

test('a worker logs in, finds a popular event, registers and sees it in my registrations', async () => {
  installWx('demo-e2e-' + Date.now());
  const { request, login } = client();

  const session = await login();
  expect(session.user.roles).toEqual(['WORKER']);

  const popular = await request(require('../../graphql/popularEvents'), { city: '330100', first: 20 }, { anonymous: true });
  const events = popular.popularEvents.edges.map((edge) => edge.node);
  expect(events.length).toBeGreaterThan(0);

  let registered = null;
  for (const event of events) {
    try {
      const result = await request(require('../../graphql/registerForEvent'), { eventId: event.id, answers: [] });
      registered = { event, registration: result.registerForEvent.registration };
      break;
    }
    catch (error) {
      expect(['REGISTRATION_CLOSED', 'FORBIDDEN', 'MEMBERSHIP_REQUIRED', 'EVENT_FULL', 'BAD_USER_INPUT']).toContain(error.code);
    }
  }
  expect(registered).not.toBeNull();
  expect(['CONFIRMED', 'WAITLISTED']).toContain(registered.registration.status);

  const mine = await request(require('../../graphql/myRegistrations'), { first: 10 });
  expect(mine.myRegistrations.edges.map((edge) => edge.node.event.id)).toContain(registered.event.id);
}, 60000);
