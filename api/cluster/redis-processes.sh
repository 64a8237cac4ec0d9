# Sourced by redis-cluster.sh and redis-sentinel.sh.

# Stops the Redis processes started under DIR/PORT/ for each PORT, waiting up to 5 s for each.
# A process killed on purpose (a failover test) leaves its pidfile behind, and its id may
# have been taken since: only a Redis process of that id is ended.
stop_redis_processes() { # DIR PORT...
	local dir=$1 port pidfile pid
	shift
	for port in "$@"; do
		pidfile="$dir/$port/redis.pid"
		[ -f "$pidfile" ] || continue
		pid=$(cat "$pidfile")
		grep -qa redis "/proc/$pid/cmdline" 2>/dev/null || continue
		kill "$pid" 2>/dev/null || true
		for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	done
}
