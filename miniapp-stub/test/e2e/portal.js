// The portal the end-to-end tests run against: PORTAL_URL when given, else ../api/target/workers-portal.jar
// started once for all of them (jest globalSetup / globalTeardown) on a free port, with its embedded
// databases and demo data. wx.request goes over Node's http, so the tests may run in node or jsdom.
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');

const JAR = process.env.PORTAL_JAR || path.join(__dirname, '..', '..', '..', 'api', 'target', 'workers-portal.jar');

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function send(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function waitUntilHealthy(url, portal, deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await send(url + '/actuator/health')).status === 200) {
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

async function start() {
  if (process.env.PORTAL_URL) {
    await waitUntilHealthy(process.env.PORTAL_URL, null, Date.now() + 180000);
    return null;
  }
  if (!fs.existsSync(JAR)) {
    throw new Error('No portal jar at ' + JAR + ': build it first (mvn -DskipTests package)');
  }
  const port = await freePort();
  const url = 'http://127.0.0.1:' + port;
  const portal = spawn('java', ['-jar', JAR, '--server.port=' + port], { stdio: 'ignore' });
  await waitUntilHealthy(url, portal, Date.now() + 180000);
  process.env.PORTAL_URL = url;
  return portal;
}

async function stop(portal) {
  if (portal && portal.exitCode === null) {
    const exited = new Promise((resolve) => portal.once('exit', resolve));
    portal.kill('SIGTERM');
    await exited;
  }
}

/**
 * A wx that logs in with the demo code `code` and sends wx.request to the portal; `extra` adds or
 * replaces APIs (getLocation, navigateTo, …).
 */
function installWx(code, extra) {
  const storage = {};
  global.wx = Object.assign({
    request(options) {
      send(options.url, { method: options.method, headers: options.header, body: JSON.stringify(options.data) })
        .then((res) => options.success({ statusCode: res.status, data: JSON.parse(res.text) }))
        .catch((error) => options.fail({ errMsg: String(error) }));
    },
    login: (options) => options.success({ code }),
    getStorageSync: (key) => storage[key],
    setStorageSync: (key, value) => { storage[key] = value; },
    removeStorageSync: (key) => { delete storage[key]; },
    getStorageInfoSync: () => ({ keys: Object.keys(storage) })
  }, extra || {});
  return global.wx;
}

/** The client modules, fresh, pointed at the portal. */
function client() {
  jest.resetModules();
  require('../../config').graphqlUrl = process.env.PORTAL_URL + '/graphql';
  return require('../../utils/graphql');
}

module.exports = { start, stop, send, installWx, client };
