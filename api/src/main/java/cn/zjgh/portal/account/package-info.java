/**
 * Accounts: WeChat login and the portal's tokens, users, the five-level union tree and
 * organizer rights scoped to a subtree of it.
 */
package cn.zjgh.portal.account;
