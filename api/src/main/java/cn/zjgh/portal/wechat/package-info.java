/**
 * WeChat's server API through WxJava: login, phone numbers, subscribe messages, content
 * checks and mini-program codes, plus the local stand-in of that API used by the demo
 * profile and the tests.
 */
package cn.zjgh.portal.wechat;
