package cn.zjgh.portal.replica;

import cn.zjgh.portal.shared.ReadsFromReplica;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * With replicas named, a {@link ReadsFromReplica} read is a read-only transaction, which
 * is what sends its connection to {@link ReplicaRouting}; it joins a transaction already
 * under way. Without replicas there is no such advice, and the read runs as it is.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicasConfigured.class)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class ReplicaReadConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor replicaReadAdvisor(BeanFactory beanFactory) {
		DefaultTransactionAttribute readOnly = new DefaultTransactionAttribute();
		readOnly.setReadOnly(true);
		MatchAlwaysTransactionAttributeSource attributes = new MatchAlwaysTransactionAttributeSource();
		attributes.setTransactionAttribute(readOnly);
		TransactionInterceptor interceptor = new TransactionInterceptor();
		interceptor.setTransactionAttributeSource(attributes);
		// the transaction manager is looked up when a read first runs
		interceptor.setBeanFactory(beanFactory);
		ComposablePointcut marked = new ComposablePointcut(
				AnnotationMatchingPointcut.forClassAnnotation(ReadsFromReplica.class))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(ReadsFromReplica.class));
		return new DefaultPointcutAdvisor(marked, interceptor);
	}

}
