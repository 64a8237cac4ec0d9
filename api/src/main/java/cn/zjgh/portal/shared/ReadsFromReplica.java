package cn.zjgh.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read that may be answered by a streaming replica of PostgreSQL, when
 * {@code portal.datasource.replicas} names one that is no more than
 * {@code portal.datasource.max-lag} behind: what workers browse (listings, schedules,
 * stories, availability). Never for a read that a decision depends on. Called inside a
 * write transaction, it joins that transaction and reads the primary; so does a caller
 * who has just changed something (read-your-writes).
 * <p>
 * Without replicas it is a read-only transaction on the primary: one snapshot for the
 * statements of a page.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReadsFromReplica {

}
