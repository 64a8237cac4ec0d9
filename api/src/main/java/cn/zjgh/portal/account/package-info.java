/**
 * Accounts: WeChat login and the portal's tokens, users, the five-level union tree and
 * organizer rights scoped to a subtree of it. {@code UserDirectory} and
 * {@code OrgUnitDirectory} read; {@code LoginService}, {@code OrganizerGrants} and the
 * directory's {@code create}, {@code rename}, {@code move} and {@code close} change;
 * {@code OrgScope} answers who may organize where. Units have a stable code; a
 * closed unit takes no new units or members.
 */
package cn.zjgh.portal.account;
