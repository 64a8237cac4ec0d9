#!/usr/bin/env bash
# A local Redis Sentinel setup for tests: a master, its replica and three sentinels.
#
#   api/cluster/redis-sentinel.sh start DIR   start it, print it (master@host:port,...) on stdout
#   api/cluster/redis-sentinel.sh stop DIR    stop it and delete DIR
#   api/cluster/redis-sentinel.sh nodes DIR   print it again
#
# Ports: REDIS_SENTINEL_DATA_PORT (default 7201) for the master and +1 for the replica,
# REDIS_SENTINEL_PORT (default 26381) to +2 for the sentinels; each must be free. No
# persistence. The sentinels (quorum 2) call the master down after
# REDIS_SENTINEL_DOWN_AFTER ms (default 1000) and then promote the replica.
set -euo pipefail
# shellcheck source=api/cluster/redis-processes.sh
. "$(dirname "$0")/redis-processes.sh"

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|nodes DIR" >&2; exit 2; }
master_name=${REDIS_SENTINEL_MASTER:-mymaster}
data_port=${REDIS_SENTINEL_DATA_PORT:-7201}
first_sentinel=${REDIS_SENTINEL_PORT:-26381}
down_after=${REDIS_SENTINEL_DOWN_AFTER:-1000}
data_ports="$data_port $((data_port + 1))"
sentinel_ports=$(seq "$first_sentinel" $((first_sentinel + 2)))

nodes() {
	echo "$master_name@$(for port in $sentinel_ports; do echo "127.0.0.1:$port"; done | paste -sd,)"
}

# waits up to 20 s for a command's output to match
await() {
	local what=$1 pattern=$2
	shift 2
	for _ in $(seq 1 100); do
		"$@" 2>/dev/null | grep -qE "$pattern" && return 0
		sleep 0.2
	done
	echo "$what: not ready after 20 s" >&2
	return 1
}

case "$command" in
start)
	command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install -y redis-server)" >&2; exit 1; }
	for port in $data_ports $sentinel_ports; do
		if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "port $port is taken; set REDIS_SENTINEL_DATA_PORT / REDIS_SENTINEL_PORT" >&2
			exit 1
		fi
	done
	mkdir -p "$dir"
	for port in $data_ports; do
		mkdir -p "$dir/$port"
		replica_of=()
		[ "$port" = "$data_port" ] || replica_of=(--replicaof 127.0.0.1 "$data_port")
		redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir/$port" \
			--pidfile "$dir/$port/redis.pid" --logfile "$dir/$port/redis.log" \
			--save "" --appendonly no --maxmemory 128mb "${replica_of[@]}" >/dev/null
	done
	await "replica of $data_port" 'master_link_status:up' redis-cli -p $((data_port + 1)) info replication
	for port in $sentinel_ports; do
		mkdir -p "$dir/$port"
		# a sentinel rewrites its configuration file, so each has its own
		cat >"$dir/$port/sentinel.conf" <<-EOF
			port $port
			bind 127.0.0.1
			daemonize yes
			dir $dir/$port
			pidfile $dir/$port/redis.pid
			logfile $dir/$port/sentinel.log
			sentinel monitor $master_name 127.0.0.1 $data_port 2
			sentinel down-after-milliseconds $master_name $down_after
			sentinel failover-timeout $master_name 5000
			sentinel parallel-syncs $master_name 1
		EOF
		redis-server "$dir/$port/sentinel.conf" --sentinel >/dev/null
	done
	# a failover needs a majority of sentinels that know each other, and the replica known
	for port in $sentinel_ports; do
		await "sentinel $port" '^2$' sh -c "redis-cli -p $port sentinel master $master_name | grep -A1 -x num-other-sentinels | tail -1"
		await "sentinel $port" '^1$' sh -c "redis-cli -p $port sentinel master $master_name | grep -A1 -x num-slaves | tail -1"
	done
	nodes
	;;
stop)
	[ -d "$dir" ] || exit 0
	# shellcheck disable=SC2086
	stop_redis_processes "$dir" $sentinel_ports $data_ports
	rm -rf "$dir"
	;;
nodes)
	nodes
	;;
*)
	echo "usage: $0 start|stop|nodes DIR" >&2
	exit 2
	;;
esac
