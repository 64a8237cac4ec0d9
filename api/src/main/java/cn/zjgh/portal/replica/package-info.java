/**
 * Streaming read replicas of PostgreSQL, when {@code portal.datasource.replicas} names
 * them: reads marked {@link cn.zjgh.portal.shared.ReadsFromReplica} go to a replica that
 * is in time, everything else to the primary. A replica further behind than
 * {@code portal.datasource.max-lag}, or unreachable, is skipped until it catches up; a
 * caller who has just sent a mutation reads the primary for as long as a replica may lag.
 */
package cn.zjgh.portal.replica;
