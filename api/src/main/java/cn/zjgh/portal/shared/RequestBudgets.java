package cn.zjgh.portal.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.stereotype.Component;

/**
 * A budget of {@link QueryCost query cost} per caller and per window
 * ({@code portal.request-budget}), so that one client cannot take the portal from
 * everyone else. A signed-in caller spends from the budget of their user id, an anonymous
 * one from that of their address. The windows are kept in this replica's memory, with no
 * Redis round trip on every request: behind a load balancer a client may spend up to a
 * budget on each replica, which the budgets allow for.
 */
@Component
class RequestBudgets {

	/** The key under which a request's {@link Spender} travels in the GraphQL context. */
	static final String SPENDER = RequestBudgets.class.getName() + ".spender";

	private final PortalProperties.RequestBudget settings;

	private final Cache<String, Window> windows;

	RequestBudgets(PortalProperties properties) {
		this.settings = properties.requestBudget();
		this.windows = Caffeine.newBuilder()
			.maximumSize(this.settings.maxCallers())
			.expireAfter(Expiry.creating((String key, Window window) -> this.settings.window()))
			.build();
	}

	/** Who spends, and how much they may spend per window. */
	record Spender(String key, long budget, Duration window) {
	}

	Spender user(String userId) {
		return new Spender("user:" + userId, this.settings.perUser(), this.settings.window());
	}

	/**
	 * An anonymous caller. An IPv6 client usually holds a whole /64, so it is counted as
	 * one.
	 */
	Spender address(InetAddress address) {
		String key;
		if (address instanceof Inet6Address) {
			key = "net6:" + HexFormat.of().formatHex(address.getAddress(), 0, 8);
		}
		else {
			key = "address:" + ((address != null) ? address.getHostAddress() : "unknown");
		}
		return new Spender(key, this.settings.perAddress(), this.settings.window());
	}

	/**
	 * Spends {@code cost} from the spender's current window, or returns false and spends
	 * nothing when less than that is left.
	 */
	boolean trySpend(Spender spender, long cost) {
		Window window = this.windows.get(spender.key(),
				(key) -> new Window(System.nanoTime() + spender.window().toNanos()));
		AtomicLong spent = window.spent();
		long before;
		do {
			before = spent.get();
			if (before + cost > spender.budget()) {
				return false;
			}
		}
		while (!spent.compareAndSet(before, before + cost));
		return true;
	}

	/** Seconds until the spender's current window ends and a new budget begins. */
	long secondsLeft(Spender spender) {
		Window window = this.windows.getIfPresent(spender.key());
		if (window == null) {
			return 0;
		}
		long nanos = Math.max(0, window.endsAt() - System.nanoTime());
		return Duration.ofNanos(nanos).toSeconds() + 1;
	}

	private record Window(long endsAt, AtomicLong spent) {

		Window(long endsAt) {
			this(endsAt, new AtomicLong());
		}

	}

}
