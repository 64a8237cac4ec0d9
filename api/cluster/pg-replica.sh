#!/usr/bin/env bash
# A streaming replica of the machine's PostgreSQL for tests, made with pg_basebackup into
# a scratch directory and started on another port.
#
#   api/cluster/pg-replica.sh start DIR   make and start it, print its port on stdout
#   api/cluster/pg-replica.sh stop DIR    stop it and delete DIR
#
# The primary is PGHOST:PGPORT (default 127.0.0.1:5432, user postgres, trust on loopback);
# it must accept replication connections from loopback: this adds that line to its
# pg_hba.conf when it is missing and reloads it. The replica listens on 127.0.0.1 at
# REPLICA_PORT (default 5433), runs as the postgres user, and keeps no slot: it is
# meant to live for one test run.
set -euo pipefail

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
host=${PGHOST:-127.0.0.1}
primary_port=${PGPORT:-5432}
port=${REPLICA_PORT:-5433}
psql_primary() { psql -h "$host" -p "$primary_port" -U postgres -d postgres -XAtq "$@"; }

case "$command" in
start)
	bin=$(pg_config --bindir 2>/dev/null || true)
	[ -x "$bin/pg_ctl" ] || bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
	[ -x "$bin/pg_ctl" ] || { echo "pg_ctl not found (apt-get install -y postgresql)" >&2; exit 1; }
	if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "port $port is taken; set REPLICA_PORT" >&2
		exit 1
	fi
	hba=$(psql_primary -c "SHOW hba_file")
	if ! grep -Eq '^[[:space:]]*host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$hba"; then
		echo "host replication all 127.0.0.1/32 trust" >>"$hba"
		psql_primary -c "SELECT pg_reload_conf()" >/dev/null
		echo "added a loopback replication line to $hba" >&2
	fi
	mkdir -p "$dir"
	chown postgres: "$dir"
	as_postgres() { runuser -u postgres -- "$@"; }
	echo "$bin" >"$dir/bin"
	as_postgres "$bin/pg_basebackup" -h "$host" -p "$primary_port" -U postgres -D "$dir/data" \
		--write-recovery-conf --wal-method=stream --checkpoint=fast >&2
	# A hot standby needs at least the primary's value of these.
	settings=$(psql_primary -c "SELECT string_agg(name || ' = ' || setting, E'\n') FROM pg_settings
		WHERE name IN ('max_connections', 'max_worker_processes', 'max_wal_senders',
			'max_prepared_transactions', 'max_locks_per_transaction')")
	as_postgres tee "$dir/data/postgresql.conf" >/dev/null <<-CONF
		port = $port
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$dir'
		hba_file = '$dir/data/pg_hba.conf'
		hot_standby = on
		hot_standby_feedback = on
		fsync = off
		$settings
	CONF
	as_postgres tee "$dir/data/pg_hba.conf" >/dev/null <<-HBA
		local all all trust
		host all all 127.0.0.1/32 trust
	HBA
	as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/replica.log" -w -t 60 start >&2
	for _ in $(seq 1 100); do
		[ "$(psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -XAtqc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] && break
		sleep 0.2
	done
	streaming=$(psql_primary -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")
	[ "$streaming" -ge 1 ] || { echo "the replica does not stream" >&2; tail -20 "$dir/replica.log" >&2; exit 1; }
	echo "$port"
	;;
stop)
	[ -d "$dir" ] || exit 0
	if [ -f "$dir/data/postmaster.pid" ]; then
		runuser -u postgres -- "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start|stop DIR" >&2
	exit 2
	;;
esac
