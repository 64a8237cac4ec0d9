package cn.zjgh.portal.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where a read-only transaction's connection comes from: a replica in time, taking turns,
 * unless the caller has just written ({@link PrimaryPin}); the primary when none is in
 * time or the chosen one refuses.
 */
class ReplicaRouting extends AbstractDataSource {

	private final DataSource primary;

	private final ReplicaLag lag;

	ReplicaRouting(DataSource primary, ReplicaLag lag) {
		this.primary = primary;
		this.lag = lag;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (PrimaryPin.onThisRequest()) {
			return this.primary.getConnection();
		}
		Replica replica = this.lag.nextInTime();
		if (replica == null) {
			return this.primary.getConnection();
		}
		try {
			return replica.pool().getConnection();
		}
		catch (SQLException ex) {
			this.lag.refused(replica, ex);
			return this.primary.getConnection();
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException("the replicas use the primary's user");
	}

}
