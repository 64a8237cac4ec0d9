// The mini-program's client module against a real portal (the embedded default), in Node:
// log in with a demo code, list popular events, register, find the registration in "my registrations".
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const JAR = process.env.PORTAL_JAR || path.join(__dirname, '..', '..', '..', 'api', 'target', 'workers-portal.jar');

let portal;
let baseUrl = process.env.PORTAL_URL;

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url + '/actuator/health');
      if (res.ok) {
        return;
      }
    }
    catch (ignored) {
      // not up yet
    }
    if (portal && portal.exitCode !== null) {
      throw new Error('the portal exited with ' + portal.exitCode);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the portal did not become healthy in time');
}

function installWx(code) {
  const storage = {};
  global.wx = {
    request(options) {
      fetch(options.url, { method: options.method, headers: options.header, body: JSON.stringify(options.data) })
        .then(async (res) => options.success({ statusCode: res.status, data: await res.json() }))
        .catch((error) => options.fail({ errMsg: String(error) }));
    },
    login: (options) => options.success({ code }),
    getStorageSync: (key) => storage[key],
    setStorageSync: (key, value) => { storage[key] = value; }
  };
}

beforeAll(async () => {
  if (!baseUrl) {
    if (!fs.existsSync(JAR)) {
      throw new Error('No portal jar at ' + JAR + ': build it first with ./mvnw -DskipTests package');
    }
    const port = await freePort();
    baseUrl = 'http://127.0.0.1:' + port;
    portal = spawn('java', ['-jar', JAR, '--server.port=' + port], { stdio: 'ignore' });
  }
  await waitUntilHealthy(baseUrl, Date.now() + 180000);
  jest.resetModules();
  require('../../config').graphqlUrl = baseUrl + '/graphql';
}, 200000);

afterAll(async () => {
  if (portal && portal.exitCode === null) {
    const exited = new Promise((resolve) => portal.once('exit', resolve));
    portal.kill('SIGTERM');
    await exited;
  }
}, 60000);

test('a worker logs in, finds a popular event, registers and sees it in my registrations', async () => {
  installWx('demo-e2e-' + Date.now());
  const { request, login } = require('../../utils/graphql');

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
