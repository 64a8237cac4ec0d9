package cn.zjgh.portal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Watches the database around each corpus request, cheaply, in three steps: a request
 * that wrote nothing was given no transaction id, so one look at the next unassigned id
 * tells whether anything committed at all; if so, the row count and the sum of row
 * versions ({@code xmin}) per table tell which tables were touched; only those are
 * compared, row by row (count and a hash of the rows' text), with the snapshot taken as
 * baseline. Changes can be undone from the snapshot, so that a request that legitimately
 * wrote does not change what the next one meets, and the run leaves the database as it
 * found it.
 */
final class CorpusDatabase {

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	private final Map<String, List<String>> columns = new LinkedHashMap<>();

	private String baseline;

	private Map<String, String> baselineContent;

	private final Map<String, String> baselineVersions = new LinkedHashMap<>();

	private long nextXid;

	CorpusDatabase(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tables = jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
				  AND table_name NOT LIKE 'flyway%' ORDER BY table_name
				""", String.class);
		for (String table : this.tables) {
			// generated columns are computed again on insert
			this.columns.put(table, jdbc.queryForList("""
					SELECT quote_ident(attname) FROM pg_attribute
					WHERE attrelid = ('public.' || quote_ident(?))::regclass AND attnum > 0
					  AND NOT attisdropped AND attgenerated = ''
					ORDER BY attnum
					""", String.class, table));
		}
		this.nextXid = nextXid();
	}

	/** Copies every table into the schema {@code name}. */
	void snapshot(String name) {
		this.jdbc.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
		this.jdbc.execute("CREATE SCHEMA " + name);
		for (String table : this.tables) {
			this.jdbc
				.execute("CREATE UNLOGGED TABLE " + name + "." + ident(table) + " AS TABLE public." + ident(table));
		}
	}

	void dropSnapshot(String name) {
		this.jdbc.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
	}

	/** Takes a snapshot as the state every request is compared with and put back to. */
	void keep(String name) {
		snapshot(name);
		this.baseline = name;
		this.baselineContent = content(name, this.tables);
		this.baselineVersions.putAll(versions(this.tables));
		this.nextXid = nextXid();
	}

	/**
	 * The tables whose rows differ from the baseline, looked at only when a transaction
	 * committed since the last look.
	 */
	List<String> changedSinceLastLook() {
		if (!committedSinceLastLook()) {
			return List.of();
		}
		Map<String, String> versions = versions(this.tables);
		List<String> touched = differences(this.baselineVersions, versions);
		if (touched.isEmpty()) {
			return List.of();
		}
		Map<String, String> content = content("public", touched);
		List<String> changed = new ArrayList<>();
		for (String table : touched) {
			if (Objects.equals(content.get(table), this.baselineContent.get(table))) {
				// rewritten with the same values: remember its new row versions
				this.baselineVersions.put(table, versions.get(table));
			}
			else {
				changed.add(table);
			}
		}
		return changed;
	}

	/** Puts the tables back as they are in the baseline. */
	void undo(List<String> changed) {
		restore(this.baseline, changed);
		this.baselineVersions.putAll(versions(changed));
		this.nextXid = nextXid();
	}

	/** The tables whose rows differ from the baseline, compared row by row. */
	List<String> differencesFromBaseline() {
		return differences(this.baselineContent, content("public", this.tables));
	}

	/** Puts every table that differs from the snapshot {@code name} back. */
	void restoreAll(String name) {
		restore(name, differences(content(name, this.tables), content("public", this.tables)));
		this.nextXid = nextXid();
	}

	/** Row count and a hash of the rows' text, per table. */
	private Map<String, String> content(String schema, Collection<String> tables) {
		return perTable(schema, tables, "coalesce(sum(hashtextextended(x::text, 0)), 0)");
	}

	/**
	 * Row count and the sum of the row versions, per table: cheap, and moved by any
	 * write.
	 */
	private Map<String, String> versions(Collection<String> tables) {
		return perTable("public", tables, "coalesce(sum(x.xmin::text::bigint), 0)");
	}

	private Map<String, String> perTable(String schema, Collection<String> tables, String aggregate) {
		Map<String, String> result = new LinkedHashMap<>();
		if (tables.isEmpty()) {
			return result;
		}
		StringBuilder sql = new StringBuilder();
		for (String table : tables) {
			if (sql.length() > 0) {
				sql.append(" UNION ALL ");
			}
			sql.append("SELECT ")
				.append(literal(table))
				.append(", count(*) || ':' || ")
				.append(aggregate)
				.append(" FROM ")
				.append(schema)
				.append('.')
				.append(ident(table))
				.append(" x");
		}
		this.jdbc.query(sql.toString(), (row) -> {
			result.put(row.getString(1), row.getString(2));
		});
		return result;
	}

	static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
		TreeSet<String> names = new TreeSet<>(expected.keySet());
		names.addAll(actual.keySet());
		List<String> differing = new ArrayList<>();
		for (String name : names) {
			if (!Objects.equals(expected.get(name), actual.get(name))) {
				differing.add(name);
			}
		}
		return differing;
	}

	/**
	 * Whether a transaction that started since the last look committed. Transactions that
	 * only read are never given an id; rolled back ones are not counted.
	 */
	private boolean committedSinceLastLook() {
		long previous = this.nextXid;
		this.nextXid = nextXid();
		if (this.nextXid == previous) {
			return false;
		}
		Integer committed = this.jdbc.queryForObject("""
				SELECT count(*) FROM generate_series(?::bigint, ?::bigint - 1) AS x
				WHERE pg_xact_status(x::text::xid8) = 'committed'
				""", Integer.class, previous, this.nextXid);
		return committed != null && committed > 0;
	}

	private long nextXid() {
		return this.jdbc.queryForObject("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint", Long.class);
	}

	/**
	 * Puts the given tables back as they are in the snapshot {@code name}, in one
	 * transaction, with triggers and foreign keys off (the snapshot is consistent as a
	 * whole).
	 */
	private void restore(String name, List<String> tablesToRestore) {
		if (tablesToRestore.isEmpty()) {
			return;
		}
		this.jdbc.execute((Connection connection) -> {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET LOCAL session_replication_role = replica");
				statement.execute("SET LOCAL lock_timeout = '20s'");
				for (String table : tablesToRestore) {
					String columns = String.join(", ", this.columns.get(table));
					statement.execute("DELETE FROM public." + ident(table));
					statement.execute("INSERT INTO public." + ident(table) + " (" + columns + ") SELECT " + columns
							+ " FROM " + name + "." + ident(table));
				}
				connection.commit();
			}
			catch (RuntimeException | SQLException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			return null;
		});
	}

	/**
	 * Cancels statements of the application that have run for longer than a request may.
	 */
	int cancelRunaways(int seconds) {
		List<Boolean> cancelled = this.jdbc.queryForList("""
				SELECT pg_cancel_backend(pid) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
				  AND now() - query_start > make_interval(secs => ?)
				""", Boolean.class, seconds);
		return cancelled.size();
	}

	private static String ident(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
