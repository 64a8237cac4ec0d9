package cn.zjgh.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that may be answered by a streaming replica of PostgreSQL, when
 * {@code portal.datasource.replicas} names one that is no more than
 * {@code portal.datasource.max-lag} behind: what workers browse (listings, schedules,
 * stories, availability). Never for a read that a decision depends on. Called inside a
 * write transaction, it joins that transaction and reads the primary; so does a caller
 * who has just changed something (read-your-writes).
 * <p>
 * With replicas it is a read-only transaction, whose connection comes from a replica.
 * Without them it is nothing: each statement runs on its own on the primary, as it would
 * in a read-only transaction at PostgreSQL's READ COMMITTED, and a page saves that
 * transaction's BEGIN and COMMIT.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsFromReplica {

}
