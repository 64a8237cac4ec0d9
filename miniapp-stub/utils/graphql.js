// The one GraphQL client of the mini-program, on top of wx.request, made for a weak mobile network.
// - sends the portal token (Authorization: Bearer) unless a query is public (`anonymous`),
//   so that public listings can be served from the portal's response cache;
// - automatic persisted queries (Apollo's protocol): first only the document's SHA-256
//   (extensions.persistedQuery), the full document only when the portal answers
//   PersistedQueryNotFound (graphql-java's classification or message; the portal's code
//   PERSISTED_QUERY_NOT_FOUND); a portal that cannot take a request without its document (HTTP 400,
//   "query missing", PersistedQueryNotSupported) gets full documents for the rest of the session;
// - every request has a timeout; queries and the mutations in IDEMPOTENT_MUTATIONS are sent again
//   after a network error, a timeout or a 502/503/504, with exponential backoff and jitter; other
//   mutations (registerForEvent, bookSeat, applyForMembership …) never are;
// - on UNAUTHENTICATED logs in again once (wx.login → login mutation) and retries;
// - cachedRequest(): the last good answer, kept with wx.setStorageSync, to show while a new one loads;
//   forgetAnswers() and forgetSession() drop them (and the token) when the caller leaves the union or
//   deletes the account;
// - rejects with { code, message } where message is what the worker should read.
const config = require('../config');
const { messageFor } = require('./errors');
const { sha256 } = require('./sha256');
const LOGIN = require('../graphql/login');

const TOKEN_KEY = 'token';
const CACHE_PREFIX = 'cache:';

// Tunable (tests shorten the delays).
const settings = {
  timeoutMs: 10000,
  // attempts in all for a retry-safe operation: the first and two more
  attempts: 3,
  baseDelayMs: 600,
  maxDelayMs: 5000,
  random: Math.random,
  persistedQueries: true
};

// Mutations that leave the same state when they arrive twice, so that one whose answer was lost may
// be sent again: reminders, likes, favourites and group membership are set/unset, and checking a
// member card changes nothing. Every other mutation is sent once: registerForEvent, cancelRegistration,
// bookSeat, cancelBooking, checkInBooking, stepAway, checkOut, checkInAttendee, checkInLecture,
// commentOnStory, applyForMembership, reviewMembershipApplication, leaveUnion, deleteMyAccount, createEvent,
// updateEvent, publishEvent, cancelEvent, createStory, updateStory, submitStory, publishStory, rejectStory,
// createCraftsman, updateCraftsman, scheduleLecture, login, bindPhone …
const IDEMPOTENT_MUTATIONS = ['RemindMe', 'CancelReminder', 'LikeStory', 'UnlikeStory', 'FavouriteStory',
  'UnfavouriteStory', 'JoinInterestGroup', 'LeaveInterestGroup', 'VerifyMemberCard'];

const TRANSIENT_STATUS = [502, 503, 504];

// For this session (the mini-program's lifetime): whether the portal takes hash-only requests.
const session = { persistedQueries: true };
const hashes = {};

/** The operation's type and name: { type: 'query' | 'mutation' | 'subscription', name }. */
function operationOf(query) {
  const text = String(query).replace(/#[^\n]*/g, '').trim();
  const match = /^(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(text);
  return match ? { type: match[1], name: match[2] || null } : { type: 'query', name: null };
}

function retrySafe(query) {
  const operation = operationOf(query);
  return operation.type === 'query' || (operation.type === 'mutation' && IDEMPOTENT_MUTATIONS.indexOf(operation.name) >= 0);
}

function hashOf(query) {
  if (!hashes[query]) {
    hashes[query] = sha256(query);
  }
  return hashes[query];
}

function networkError(fail) {
  const timedOut = /time\s*out|timeout|超时/i.test((fail && fail.errMsg) || '');
  const code = timedOut ? 'TIMEOUT' : 'NETWORK';
  return { code, message: messageFor(code), network: true };
}

function send(data, token) {
  return new Promise((resolve, reject) => {
    const header = { 'Content-Type': 'application/json' };
    if (token) {
      header.Authorization = 'Bearer ' + token;
    }
    wx.request({
      url: config.graphqlUrl,
      method: 'POST',
      header,
      data,
      timeout: settings.timeoutMs,
      success: (res) => resolve(res),
      fail: (fail) => reject(networkError(fail))
    });
  });
}

// What a hash-only request's answer says: 'found' (the portal ran it), 'notFound' (send the
// document), or 'unsupported' (the portal takes no hash-only requests: send documents from now on).
function persistedQueryOutcome(res) {
  const errors = (res.data && res.data.errors) || [];
  const says = (name) => errors.some((error) => error && (error.message === name
    || (error.extensions && (error.extensions.classification === name || error.extensions.code === name))));
  if (says('PersistedQueryNotFound') || says('PERSISTED_QUERY_NOT_FOUND')) {
    return 'notFound';
  }
  if (says('PersistedQueryNotSupported') || says('InvalidSyntax') || res.statusCode === 400) {
    return 'unsupported';
  }
  const missing = errors.some((error) => error && /query/i.test(error.message || '')
    && /missing|required|\bno\b|empty|must be|not (?:be )?(?:null|present|provided)/i.test(error.message || ''));
  return missing ? 'unsupported' : 'found';
}

async function exchange(query, variables, token) {
  const body = { variables: variables || {} };
  if (!settings.persistedQueries || !session.persistedQueries) {
    return send(Object.assign({ query }, body), token);
  }
  const extensions = { persistedQuery: { version: 1, sha256Hash: hashOf(query) } };
  const res = await send(Object.assign({}, body, { extensions }), token);
  const outcome = persistedQueryOutcome(res);
  if (outcome === 'found') {
    return res;
  }
  if (outcome === 'unsupported') {
    session.persistedQueries = false;
    return send(Object.assign({ query }, body), token);
  }
  return send(Object.assign({ query }, body, { extensions }), token);
}

/** The wait before attempt `attempt + 1`: exponential, capped, with jitter (half fixed, half random). */
function backoff(attempt) {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * Math.pow(2, attempt - 1));
  return Math.round(ceiling / 2 + settings.random() * (ceiling / 2));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(query, variables, token) {
  const again = retrySafe(query);
  for (let attempt = 1; ; attempt++) {
    let res;
    try {
      res = await exchange(query, variables, token);
    }
    catch (error) {
      if (!error.network || !again || attempt >= settings.attempts) {
        throw { code: error.code, message: error.message };
      }
      await sleep(backoff(attempt));
      continue;
    }
    if (again && TRANSIENT_STATUS.indexOf(res.statusCode) >= 0 && attempt < settings.attempts) {
      await sleep(backoff(attempt));
      continue;
    }
    return res;
  }
}

function firstError(res) {
  const body = res.data || {};
  if (body.errors && body.errors.length) {
    const error = body.errors[0];
    const code = (error.extensions && error.extensions.code) || 'INTERNAL';
    return { code, message: messageFor(code), detail: error.message };
  }
  if (res.statusCode >= 400) {
    return { code: res.statusCode === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', message: messageFor('INTERNAL') };
  }
  return null;
}

function wxLogin() {
  return new Promise((resolve, reject) => {
    wx.login({
      success: (res) => resolve(res.code),
      fail: () => reject({ code: 'WECHAT_CODE_INVALID', message: messageFor('WECHAT_CODE_INVALID') })
    });
  });
}

// One login at a time: requests that find the token expired together wait for the same login.
let loggingIn = null;

function login() {
  if (!loggingIn) {
    loggingIn = logIn().then((session) => {
      loggingIn = null;
      return session;
    }, (error) => {
      loggingIn = null;
      throw error;
    });
  }
  return loggingIn;
}

async function logIn() {
  const code = await wxLogin();
  const res = await post(LOGIN, { code });
  const error = firstError(res);
  if (error) {
    throw error;
  }
  const token = res.data.data.login.token;
  wx.setStorageSync(TOKEN_KEY, token);
  return res.data.data.login;
}

async function request(query, variables, options) {
  const anonymous = options && options.anonymous;
  const token = anonymous ? null : wx.getStorageSync(TOKEN_KEY);
  let res = await post(query, variables, token);
  let error = firstError(res);
  if (error && error.code === 'UNAUTHENTICATED' && !anonymous) {
    await login();
    res = await post(query, variables, wx.getStorageSync(TOKEN_KEY));
    error = firstError(res);
  }
  if (error) {
    throw error;
  }
  return res.data.data;
}

function stored(key) {
  try {
    return wx.getStorageSync(CACHE_PREFIX + key) || null;
  }
  catch (ignored) {
    return null;
  }
}

/** The last good answer stored under `key` by cachedRequest, or null. */
function lastAnswer(key) {
  const entry = stored(key);
  return entry && entry.data ? entry.data : null;
}

/** Stores `data` under `key` for lastAnswer (and cachedRequest's first screen); dropped with the other answers. */
function remember(key, data) {
  try {
    wx.setStorageSync(CACHE_PREFIX + key, { savedAt: Date.now(), data });
  }
  catch (ignored) {
    // storage full: the next start loads without it
  }
}

/**
 * A first screen that shows at once: `cached` is the last good answer stored under `key` (null
 * the first time), `savedAt` when it was stored, and `fresh` the request under way, which stores its
 * answer for next time.
 */
function cachedRequest(key, query, variables, options) {
  const entry = stored(key);
  const fresh = request(query, variables, options).then((data) => {
    remember(key, data);
    return data;
  });
  return { cached: entry && entry.data ? entry.data : null, savedAt: entry ? entry.savedAt : null, fresh };
}

/** Drops every stored answer (after the caller's membership or account changed); the token stays. */
function forgetAnswers() {
  try {
    wx.getStorageInfoSync().keys.filter((key) => key.indexOf(CACHE_PREFIX) === 0).forEach((key) => wx.removeStorageSync(key));
  }
  catch (ignored) {
    // nothing stored to drop
  }
}

/** Drops the token and every stored answer (the account is gone): the next request logs in afresh. */
function forgetSession() {
  forgetAnswers();
  wx.removeStorageSync(TOKEN_KEY);
}

module.exports = { request, cachedRequest, lastAnswer, remember, login, forgetAnswers, forgetSession, TOKEN_KEY, CACHE_PREFIX, IDEMPOTENT_MUTATIONS, settings, session,
  operationOf, retrySafe, backoff, hashOf };
