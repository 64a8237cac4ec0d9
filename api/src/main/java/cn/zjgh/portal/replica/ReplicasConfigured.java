package cn.zjgh.portal.replica;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether {@code portal.datasource.replicas} names at least one replica. */
class ReplicasConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return Binder.get(context.getEnvironment())
			.bind("portal.datasource.replicas", Bindable.listOf(String.class))
			.map((urls) -> urls.stream().anyMatch((url) -> !url.isBlank()))
			.orElse(false);
	}

}
