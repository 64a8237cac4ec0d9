#!/usr/bin/env bash
# A local Redis Cluster for tests: three masters and three replicas.
#
#   api/cluster/redis-cluster.sh start DIR   start it, print its nodes (host:port,...) on stdout
#   api/cluster/redis-cluster.sh stop DIR    stop it and delete DIR
#   api/cluster/redis-cluster.sh nodes DIR   print its nodes again
#
# Ports: REDIS_CLUSTER_PORT (default 7101) to +5, each must be free (and +10000, the cluster
# bus). No persistence; a master that stops is replaced by its replica within about
# REDIS_CLUSTER_NODE_TIMEOUT ms (default 1000) plus an election.
set -euo pipefail
# shellcheck source=api/cluster/redis-processes.sh
. "$(dirname "$0")/redis-processes.sh"

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|nodes DIR" >&2; exit 2; }
first=${REDIS_CLUSTER_PORT:-7101}
timeout=${REDIS_CLUSTER_NODE_TIMEOUT:-1000}
ports=$(seq "$first" $((first + 5)))

nodes() { tr '\n' ',' <"$dir/nodes" | sed 's/,$//'; echo; }

case "$command" in
start)
	command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install -y redis-server)" >&2; exit 1; }
	mkdir -p "$dir"
	: >"$dir/nodes"
	for port in $ports; do
		if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "port $port is taken; set REDIS_CLUSTER_PORT" >&2
			exit 1
		fi
	done
	for port in $ports; do
		mkdir -p "$dir/$port"
		redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir/$port" \
			--pidfile "$dir/$port/redis.pid" --logfile "$dir/$port/redis.log" \
			--cluster-enabled yes --cluster-config-file "$dir/$port/nodes.conf" \
			--cluster-node-timeout "$timeout" --save "" --appendonly no --maxmemory 128mb >/dev/null
		echo "127.0.0.1:$port" >>"$dir/nodes"
	done
	for port in $ports; do
		for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
	done
	# shellcheck disable=SC2046
	redis-cli --cluster create $(tr '\n' ' ' <"$dir/nodes") --cluster-replicas 1 --cluster-yes >"$dir/create.log"
	for _ in $(seq 1 100); do
		ok=0
		for port in $ports; do
			redis-cli -p "$port" cluster info 2>/dev/null | grep -q 'cluster_state:ok' && ok=$((ok + 1))
		done
		[ "$ok" = 6 ] && break
		sleep 0.2
	done
	[ "$ok" = 6 ] || { echo "cluster not ok after 20 s" >&2; cat "$dir/create.log" >&2; exit 1; }
	nodes
	;;
stop)
	[ -d "$dir" ] || exit 0
	# shellcheck disable=SC2086
	stop_redis_processes "$dir" $ports
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
