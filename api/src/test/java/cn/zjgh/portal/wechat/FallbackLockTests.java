package cn.zjgh.portal.wechat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FallbackLockTests {

	private final ReentrantLock own = new ReentrantLock();

	@Test
	void takesTheSharedLockWhenItAnswers() {
		ReentrantLock shared = new ReentrantLock();
		FallbackLock lock = new FallbackLock(shared, this.own);

		lock.lock();
		assertThat(shared.isHeldByCurrentThread()).isTrue();
		assertThat(this.own.isLocked()).isFalse();
		lock.unlock();
		assertThat(shared.isLocked()).isFalse();
	}

	@Test
	void takesThisJvmsLockWhenTheSharedOneFails() throws Exception {
		FallbackLock lock = new FallbackLock(new Unreachable(), this.own);

		assertThat(lock.tryLock(1, TimeUnit.SECONDS)).isTrue();
		assertThat(this.own.isHeldByCurrentThread()).isTrue();
		// another thread fails to take it, and that does not make the holder forget its
		// lock
		assertThat(CompletableFuture.supplyAsync(lock::tryLock).get()).isFalse();
		lock.unlock();
		assertThat(this.own.isLocked()).isFalse();
		assertThat(CompletableFuture.supplyAsync(() -> {
			boolean locked = lock.tryLock();
			lock.unlock();
			return locked;
		}).get()).isTrue();
	}

	@Test
	void unlockingWithoutHoldingIsRefused() {
		FallbackLock lock = new FallbackLock(new ReentrantLock(), this.own);

		assertThatExceptionOfType(IllegalMonitorStateException.class).isThrownBy(lock::unlock);
	}

	/** A shared lock whose server does not answer. */
	private static final class Unreachable implements Lock {

		@Override
		public void lock() {
			throw new IllegalStateException("Redis is down");
		}

		@Override
		public void lockInterruptibly() {
			lock();
		}

		@Override
		public boolean tryLock() {
			lock();
			return false;
		}

		@Override
		public boolean tryLock(long time, TimeUnit unit) {
			return tryLock();
		}

		@Override
		public void unlock() {
			lock();
		}

		@Override
		public Condition newCondition() {
			throw new UnsupportedOperationException();
		}

	}

}
