// The one GraphQL client of the mini-program, on top of wx.request.
// - sends the portal token (Authorization: Bearer) unless a query is public (`anonymous`),
//   so that public listings can be served from the portal's response cache;
// - on UNAUTHENTICATED logs in again once (wx.login → login mutation) and retries;
// - rejects with { code, message } where message is what the worker should read.
const config = require('../config');
const { messageFor } = require('./errors');
const LOGIN = require('../graphql/login');

const TOKEN_KEY = 'token';

function post(query, variables, token) {
  return new Promise((resolve, reject) => {
    const header = { 'Content-Type': 'application/json' };
    if (token) {
      header.Authorization = 'Bearer ' + token;
    }
    wx.request({
      url: config.graphqlUrl,
      method: 'POST',
      header,
      data: { query, variables: variables || {} },
      success: (res) => resolve(res),
      fail: () => reject({ code: 'NETWORK', message: '网络不给力，请稍后再试' })
    });
  });
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

async function login() {
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

module.exports = { request, login, TOKEN_KEY };
