package cn.zjgh.portal.shared;

import java.sql.Connection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements MyBatis prepares ({@code portal.sql.statements}), which makes
 * an N+1 query pattern visible on the metrics page and in tests.
 */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = { Connection.class, Integer.class }))
public class SqlStatementCounter implements Interceptor {

	private final Counter statements;

	SqlStatementCounter(MeterRegistry registry) {
		this.statements = Counter.builder("portal.sql.statements")
			.description("SQL statements prepared through MyBatis")
			.register(registry);
	}

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		this.statements.increment();
		return invocation.proceed();
	}

	public long count() {
		return (long) this.statements.count();
	}

}
