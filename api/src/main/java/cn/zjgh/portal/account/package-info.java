/**
 * Accounts: WeChat login and the portal's tokens, users, the five-level union tree and
 * organizer rights scoped to a subtree of it. {@code UserDirectory} and
 * {@code OrgUnitDirectory} read; {@code LoginService}, {@code OrganizerGrants} and the
 * directory's {@code create}, {@code rename}, {@code move} and {@code close} change;
 * {@code OrgScope} answers who may organize where; {@code OrgUnitFields} loads the org
 * unit of rows of every feature in one batch. A portal set up from nothing gets its first
 * admins from {@code BootstrapAdmins} and its union tree from a file, with
 * {@code import-org-units} ({@code ImportOrgUnitsCommand}, {@code OrgUnitImport}).
 */
package cn.zjgh.portal.account;
