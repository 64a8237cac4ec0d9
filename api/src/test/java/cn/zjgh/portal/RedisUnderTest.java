package cn.zjgh.portal;

import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Which Redis the suite runs on: the embedded one (the default), or a Redis Cluster named
 * by the system property {@code portal.test.redis-cluster=host:port,...}
 * ({@code api/cluster/test-on-cluster.sh} starts one and passes it). PostgreSQL stays
 * embedded either way.
 */
public final class RedisUnderTest {

	/** The system property naming the cluster's nodes. */
	public static final String CLUSTER_PROPERTY = "portal.test.redis-cluster";

	private RedisUnderTest() {
	}

	/** The cluster's nodes, or an empty string when the suite runs on embedded Redis. */
	public static String clusterNodes() {
		return System.getProperty(CLUSTER_PROPERTY, "").strip();
	}

	public static boolean isCluster() {
		return !clusterNodes().isEmpty();
	}

	/** Skips the calling test on a cluster, saying why. */
	public static void assumeEmbedded(String why) {
		Assumptions.assumeFalse(isCluster(), () -> "runs only on the embedded Redis: " + why);
	}

	/** Skips the calling test unless the suite runs on a cluster. */
	public static void assumeCluster() {
		Assumptions.assumeTrue(isCluster(), () -> "runs only on a Redis Cluster (-D" + CLUSTER_PROPERTY + "=...)");
	}

	/**
	 * Properties that point another application started by a test at the suite's Redis:
	 * the embedded server's {@code database} (so that its keys stay apart), or the
	 * cluster, which has one database only.
	 */
	public static List<String> properties(int embeddedPort, int database) {
		if (isCluster()) {
			return List.of("spring.data.redis.cluster.nodes=" + clusterNodes());
		}
		return List.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + embeddedPort,
				"spring.data.redis.database=" + database);
	}

}
