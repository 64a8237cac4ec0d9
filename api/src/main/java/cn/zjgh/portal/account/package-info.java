/**
 * Accounts: WeChat login and the portal's tokens, users, the five-level union tree and
 * organizer rights scoped to a subtree of it. {@code UserDirectory} and
 * {@code OrgUnitDirectory} read; {@code LoginService}, {@code OrganizerGrants} and the
 * directory's {@code create} change; {@code OrgScope} answers who may organize where.
 */
package cn.zjgh.portal.account;
