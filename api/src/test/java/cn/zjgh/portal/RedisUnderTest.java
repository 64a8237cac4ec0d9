package cn.zjgh.portal;

import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Which Redis the suite runs on: the embedded one (the default), a Redis Cluster named by
 * the system property {@code portal.test.redis-cluster=host:port,...}
 * ({@code api/cluster/test-on-cluster.sh} starts one and passes it), or a master and
 * replica watched by Redis Sentinel, named by
 * {@code portal.test.redis-sentinel=master@host:port,...} with the sentinels' addresses
 * ({@code api/cluster/test-on-sentinel.sh}). PostgreSQL stays embedded either way.
 */
public final class RedisUnderTest {

	/** The system property naming the cluster's nodes. */
	public static final String CLUSTER_PROPERTY = "portal.test.redis-cluster";

	/** The system property naming the sentinels' master and the sentinels. */
	public static final String SENTINEL_PROPERTY = "portal.test.redis-sentinel";

	private RedisUnderTest() {
	}

	/** The cluster's nodes, or an empty string when the suite runs on embedded Redis. */
	public static String clusterNodes() {
		return System.getProperty(CLUSTER_PROPERTY, "").strip();
	}

	public static boolean isCluster() {
		return !clusterNodes().isEmpty();
	}

	/** The name under which the sentinels know the master, or an empty string. */
	public static String sentinelMaster() {
		String sentinel = sentinel();
		return sentinel.contains("@") ? sentinel.substring(0, sentinel.indexOf('@')) : "";
	}

	/** The sentinels' addresses ({@code host:port,...}), or an empty string. */
	public static String sentinelNodes() {
		String sentinel = sentinel();
		return sentinel.substring(sentinel.indexOf('@') + 1);
	}

	public static boolean isSentinel() {
		return !sentinel().isEmpty();
	}

	/** Skips the calling test on a cluster or sentinels, saying why. */
	public static void assumeEmbedded(String why) {
		Assumptions.assumeFalse(isCluster() || isSentinel(), () -> "runs only on the embedded Redis: " + why);
	}

	/** Skips the calling test unless the suite runs on a cluster. */
	public static void assumeCluster() {
		Assumptions.assumeTrue(isCluster(), () -> "runs only on a Redis Cluster (-D" + CLUSTER_PROPERTY + "=...)");
	}

	/** Skips the calling test unless the suite runs on a Redis watched by sentinels. */
	public static void assumeSentinel() {
		Assumptions.assumeTrue(isSentinel(),
				() -> "runs only on Redis Sentinel (-D" + SENTINEL_PROPERTY + "=master@host:port,...)");
	}

	/**
	 * Properties that point another application started by a test at the suite's Redis:
	 * the embedded server's {@code database} (so that its keys stay apart), the cluster,
	 * which has one database only, or the sentinels and that {@code database}.
	 */
	public static List<String> properties(int embeddedPort, int database) {
		if (isCluster()) {
			return List.of("spring.data.redis.cluster.nodes=" + clusterNodes());
		}
		if (isSentinel()) {
			return List.of("spring.data.redis.sentinel.master=" + sentinelMaster(),
					"spring.data.redis.sentinel.nodes=" + sentinelNodes(), "spring.data.redis.database=" + database);
		}
		return List.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + embeddedPort,
				"spring.data.redis.database=" + database);
	}

	private static String sentinel() {
		String sentinel = System.getProperty(SENTINEL_PROPERTY, "").strip();
		if (!sentinel.isEmpty() && (sentinel.indexOf('@') < 1 || sentinel.endsWith("@"))) {
			throw new IllegalArgumentException(
					"-D" + SENTINEL_PROPERTY + " must be master@host:port,..., not " + sentinel);
		}
		return sentinel;
	}

}
