/**
 * What every feature shares: error codes and their mapping to GraphQL errors, keyset
 * pagination, the base classes of entities (their id, their org unit), scalars, the
 * clock, and the limits and budgets that protect the GraphQL endpoint.
 */
package cn.zjgh.portal.shared;
