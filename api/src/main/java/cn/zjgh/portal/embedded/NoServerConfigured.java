package cn.zjgh.portal.embedded;

import cn.zjgh.portal.shared.ConfiguredServers;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Conditions for starting an embedded server: only when no real one of its kind is named.
 */
final class NoServerConfigured {

	private NoServerConfigured() {
	}

	static final class NoDataSource implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return ConfiguredServers.named(context.getEnvironment(), ConfiguredServers.DATASOURCE).isEmpty();
		}

	}

	static final class NoRedis implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return ConfiguredServers.named(context.getEnvironment(), ConfiguredServers.REDIS).isEmpty();
		}

	}

}
