package cn.zjgh.portal.wechat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A lock that takes the shared (Redis) lock when it can and this JVM's lock when the
 * shared one fails, so that WeChat's access token is still refreshed by one thread at a
 * time while Redis is down. WxJava keeps one instance for all threads; each thread
 * remembers which of the two locks it holds.
 */
final class FallbackLock implements Lock {

	private final Lock shared;

	private final Lock own;

	private final ThreadLocal<Lock> held = new ThreadLocal<>();

	FallbackLock(Lock shared, Lock own) {
		this.shared = shared;
		this.own = own;
	}

	@Override
	public void lock() {
		try {
			this.shared.lock();
			this.held.set(this.shared);
		}
		catch (RuntimeException ex) {
			this.own.lock();
			this.held.set(this.own);
		}
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		try {
			this.shared.lockInterruptibly();
			this.held.set(this.shared);
		}
		catch (RuntimeException ex) {
			this.own.lockInterruptibly();
			this.held.set(this.own);
		}
	}

	@Override
	public boolean tryLock() {
		Lock lock;
		boolean locked;
		try {
			lock = this.shared;
			locked = this.shared.tryLock();
		}
		catch (RuntimeException ex) {
			lock = this.own;
			locked = this.own.tryLock();
		}
		return remember(lock, locked);
	}

	@Override
	public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
		Lock lock;
		boolean locked;
		try {
			lock = this.shared;
			locked = this.shared.tryLock(time, unit);
		}
		catch (RuntimeException ex) {
			lock = this.own;
			locked = this.own.tryLock(time, unit);
		}
		return remember(lock, locked);
	}

	@Override
	public void unlock() {
		Lock lock = this.held.get();
		this.held.remove();
		if (lock == null) {
			throw new IllegalMonitorStateException("this thread does not hold the lock");
		}
		try {
			lock.unlock();
		}
		catch (RuntimeException ex) {
			if (lock == this.own) {
				throw ex;
			}
			// Redis went away while the lock was held: the Redis lock expires by itself
		}
	}

	/**
	 * Conditions cannot wait across replicas; {@link Lock#newCondition()} allows a lock
	 * to refuse them, and WxJava never asks.
	 */
	@Override
	public Condition newCondition() {
		throw new UnsupportedOperationException("a lock shared across replicas has no conditions");
	}

	private boolean remember(Lock lock, boolean locked) {
		if (locked) {
			this.held.set(lock);
		}
		return locked;
	}

}
