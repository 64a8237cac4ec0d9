package cn.zjgh.portal.replica;

import java.util.ArrayList;
import java.util.List;

import cn.zjgh.portal.shared.ReadsFromReplica;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaReadConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner().withUserConfiguration(Reads.class,
			ReplicaReadConfiguration.class);

	@Test
	void withReplicasAMarkedReadIsAReadOnlyTransactionAndAnUnmarkedOneIsNot() {
		this.contexts.withPropertyValues("portal.datasource.replicas[0]=jdbc:postgresql://replica/portal")
			.run((context) -> {
				Browsing browsing = context.getBean(Browsing.class);
				assertThat(browsing.marked()).isEqualTo("read-only transaction");
				assertThat(browsing.unmarked()).isEqualTo("no transaction");
				assertThat(context.getBean(RecordingTransactions.class).begun).containsExactly(true);
			});
	}

	@Test
	void withoutReplicasAMarkedReadRunsWithoutATransaction() {
		this.contexts.run((context) -> {
			assertThat(context.getBean(Browsing.class).marked()).isEqualTo("no transaction");
			assertThat(context.getBean(RecordingTransactions.class).begun).isEmpty();
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	static class Reads {

		@Bean
		RecordingTransactions transactionManager() {
			return new RecordingTransactions();
		}

		@Bean
		Browsing browsing() {
			return new Browsing();
		}

	}

	static class Browsing {

		@ReadsFromReplica
		String marked() {
			return seen();
		}

		String unmarked() {
			return seen();
		}

		private static String seen() {
			if (!TransactionSynchronizationManager.isActualTransactionActive()) {
				return "no transaction";
			}
			return TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "read-only transaction"
					: "read-write transaction";
		}

	}

	/** Records whether each transaction it began was read-only; holds no resources. */
	static class RecordingTransactions extends AbstractPlatformTransactionManager
			implements PlatformTransactionManager {

		final List<Boolean> begun = new ArrayList<>();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.begun.add(definition.isReadOnly());
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
