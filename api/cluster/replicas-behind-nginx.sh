#!/usr/bin/env bash
# Three portal replicas behind nginx, on the machine's PostgreSQL and a local Redis Cluster,
# proven with real servers (api/cluster/BalancerCheck.java does the checks):
#   (a) a registration rush through nginx confirms exactly the event's capacity;
#   (b) a seat rush through nginx books exactly the room's seats;
#   (d) reminders and help-request escalations, with all three replicas running their jobs,
#       are queued, sent and received by WeChat once each;
#   (c) a registration rush during which one replica is killed with SIGKILL: every
#       registration a client saw confirmed is in PostgreSQL, and exactly the capacity is.
# It prints attempts, outcomes, retried failures, which replica answered, and the times.
#
#   api/cluster/replicas-behind-nginx.sh          (about 2-3 minutes on two cores)
#
# The replicas run the production profile and the production jar's code paths. The one thing
# not real is WeChat: PORTAL_WECHAT_API_HOST_URL points the production WxJava client at a local
# stand-in of WeChat's server API (api/cluster/WeChatServer.java), which accepts every login
# code (the code is the openid) and logs every subscribe message it receives, so that the
# check counts what WeChat would have delivered. The first admin comes from
# PORTAL_BOOTSTRAP_ADMIN_OPEN_IDS and the org tree from `import-org-units`, as in a real
# set-up; the admin makes an organizer, who creates the events, the room and the lecture.
#
# Non-idempotent POSTs and the killed replica: nginx passes a request to the next replica
# when it could not connect or send it (proxy_next_upstream error timeout), which is what
# happens once the replica is gone. A POST already sent to the replica when it died is not
# resent by nginx (that would need `non_idempotent`): the client gets 502 and decides. The
# check's clients retry registrations, which is safe because registering again answers with
# the same registration (one per worker and event, a unique constraint); bookings are not
# retried (a retry could take a second seat) and no replica is killed during that rush.
#
# Needs: a JDK, psql and a PostgreSQL with the contrib extensions reachable as PGHOST
# (127.0.0.1) PGPORT (5432) PGUSER (postgres) without a password, redis-server, and nginx
# (installed with apt-get when missing and running as root). JAR (default
# api/target/workers-portal.jar, built with ${MVN:-./mvnw} when missing; a -Dproduction jar
# works too). REDIS_CLUSTER_PORT (default 7301) to +5 and +10000 must be free.
# The replicas read browsing from a streaming replica of that PostgreSQL, made with
# api/cluster/pg-replica.sh on PG_REPLICA_PORT (default 5434); PG_REPLICA=off leaves it out,
# and PORTAL_DATASOURCE_REPLICAS, when set, names other read replicas instead.
# Sizes: WORKERS, CAPACITY, SEATS, SEAT_WORKERS, IN_FLIGHT, REMINDERS, HELP_REQUESTS (see
# BalancerCheck.java). KEEP=1 keeps the scratch directory (logs, nginx.conf) on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export REDIS_CLUSTER_PORT=${REDIS_CLUSTER_PORT:-7301}
jar=${JAR:-api/target/workers-portal.jar}

if ! command -v nginx >/dev/null; then
	if [ "$(id -u)" = 0 ]; then
		echo "== installing nginx: apt-get install -y nginx"
		apt-get install -y -qq nginx >/dev/null
	else
		echo "nginx is needed (apt-get install nginx)" >&2
		exit 1
	fi
fi
command -v psql >/dev/null || { echo "psql is needed" >&2; exit 1; }
pg_isready -q || { echo "no PostgreSQL at $PGHOST:$PGPORT" >&2; exit 1; }
if [ ! -f "$jar" ]; then
	echo "== building $jar"
	${MVN:-./mvnw} -q -B -Dmaven.test.skip package
fi

# the short-lived JVMs (the import, the stand-in, the check) leave the CPU to the replicas
helper=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
dir=$(mktemp -d "${TMPDIR:-/tmp}/portal-balancer.XXXXXX")
db=portal_balancer_$$
pids=()
nginx_pid=
wechat_pid=
pg_replica=

stop() {
	status=$?
	set +e
	if [ "$status" != 0 ]; then
		for log in "$dir"/replica-*.log; do
			[ -f "$log" ] && { echo "== last lines of $log"; tail -30 "$log"; }
		done
	fi
	for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
	for pid in "${pids[@]}"; do
		for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$pid" 2>/dev/null && { echo "replica $pid did not stop in 30 s: SIGKILL"; kill -KILL "$pid"; }
	done
	[ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null
	[ -n "$wechat_pid" ] && kill -TERM "$wechat_pid" 2>/dev/null
	wait 2>/dev/null
	api/cluster/redis-cluster.sh stop "$dir/redis"
	[ -n "$pg_replica" ] && api/cluster/pg-replica.sh stop "$pg_replica" 2>/dev/null
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
	if [ "${KEEP:-}" = 1 ]; then echo "== kept $dir"; else rm -rf "$dir"; fi
	exit "$status"
}
trap stop EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
nodes=$(api/cluster/redis-cluster.sh start "$dir/redis")
echo "== PostgreSQL database $db on $PGHOST:$PGPORT; Redis Cluster $nodes"
if [ -z "${PORTAL_DATASOURCE_REPLICAS:-}" ] && [ "${PG_REPLICA:-on}" != off ]; then
	pg_replica=$(mktemp -d "${TMPDIR:-/tmp}/portal-balancer-pg-replica.XXXXXX")
	replica_port=$(REPLICA_PORT=${PG_REPLICA_PORT:-5434} api/cluster/pg-replica.sh start "$pg_replica")
	export PORTAL_DATASOURCE_REPLICAS="jdbc:postgresql://127.0.0.1:$replica_port/$db"
fi
[ -n "${PORTAL_DATASOURCE_REPLICAS:-}" ] && echo "== PostgreSQL read replicas: $PORTAL_DATASOURCE_REPLICAS"

wechat_port=$(free_port)
java "${helper[@]}" api/cluster/WeChatServer.java "$wechat_port" "$dir/wechat-sent.log" >"$dir/wechat.log" 2>&1 &
wechat_pid=$!

# the environment of every replica and of the org-tree import: production, configured servers
export SPRING_PROFILES_ACTIVE=prod
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export SPRING_DATASOURCE_USERNAME=$PGUSER
export SPRING_DATA_REDIS_CLUSTER_NODES=$nodes
PORTAL_TOKEN_SECRET=$(head -c 48 /dev/urandom | base64)
export PORTAL_TOKEN_SECRET
export PORTAL_WECHAT_APP_ID=wx0123456789abcdef
export PORTAL_WECHAT_SECRET=0123456789abcdef0123456789abcdef
export PORTAL_WECHAT_API_HOST_URL="http://127.0.0.1:$wechat_port"
export PORTAL_BOOTSTRAP_ADMIN_OPEN_IDS=cluster-admin
export SERVER_FORWARD_HEADERS_STRATEGY=native
# the jobs every few seconds instead of every minute, and requests escalate after 5 s
jobs=(--portal.lectures.reminder-interval=1s --portal.wechat.send-interval=1s
	--portal.help-requests.escalation-interval=1s --portal.help-requests.accept-within=5s)

echo "== starting three replicas and importing the org tree (import-org-units)"
boot=$SECONDS
java "${helper[@]}" -jar "$jar" import-org-units api/src/main/resources/org-units/zhejiang.csv \
	--spring.datasource.hikari.maximum-pool-size=2 >"$dir/import.log" 2>&1 &
import_pid=$!
ports=()
for n in 1 2 3; do
	port=$(free_port)
	ports+=("$port")
	SERVER_PORT=$port PORTAL_MANAGEMENT_PORT=$(free_port) \
		java -Xms768m -Xmx768m -jar "$jar" "${jobs[@]}" >"$dir/replica-$n.log" 2>&1 &
	pids+=($!)
done
wait "$import_pid" || { cat "$dir/import.log"; echo "import-org-units failed" >&2; exit 1; }
for n in 0 1 2; do
	until curl -fs "http://127.0.0.1:${ports[$n]}/readyz" >/dev/null 2>&1; do
		kill -0 "${pids[$n]}" 2>/dev/null || { echo "replica $((n + 1)) exited" >&2; exit 1; }
		[ $((SECONDS - boot)) -lt 300 ] || { echo "replica $((n + 1)) not ready after 300 s" >&2; exit 1; }
		sleep 0.5
	done
done
echo "== replicas ready in $((SECONDS - boot)) s: 127.0.0.1:${ports[0]} (pid ${pids[0]})," \
	":${ports[1]} (pid ${pids[1]}, the one to be killed), :${ports[2]} (pid ${pids[2]})"

nginx_port=$(free_port)
mkdir -p "$dir/nginx"
cat >"$dir/nginx.conf" <<EOF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
  log_format upstreams '\$status \$upstream_addr \$upstream_status';
  access_log $dir/nginx/access.log upstreams;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  upstream portal {
    server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${ports[2]} max_fails=1 fail_timeout=10s;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    client_max_body_size 1m;
    client_body_buffer_size 128k;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      # to the next replica when this one refuses, resets or times out before answering; a
      # POST already sent is not resent (no non_idempotent): its client sees 502 or 504
      proxy_next_upstream error timeout http_503;
      proxy_next_upstream_tries 3;
      add_header X-Portal-Replica \$upstream_addr always;
    }
  }
}
EOF
nginx -c "$dir/nginx.conf" -p "$dir/nginx" -g 'daemon off;' &
nginx_pid=$!
for i in $(seq 1 50); do
	(echo >"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break
	[ "$i" = 50 ] && { cat "$dir/nginx/error.log"; echo "nginx did not start" >&2; exit 1; }
	sleep 0.1
done
echo "== nginx on 127.0.0.1:$nginx_port in front of the three"

PGDATABASE=$db java "${helper[@]}" api/cluster/BalancerCheck.java "http://127.0.0.1:$nginx_port" \
	"$dir/wechat-sent.log" "${pids[1]}"

echo "== which replica ran the jobs (log lines):"
for n in 1 2 3; do
	echo "   replica $n: $(grep -c 'lecture reminders' "$dir/replica-$n.log" || true) reminder runs queued something," \
		"$(grep -c 'escalated to the unit above' "$dir/replica-$n.log" || true) escalation runs escalated something"
done
if [ -n "${PORTAL_DATASOURCE_REPLICAS:-}" ]; then
	for n in 1 2 3; do
		echo "   replica $n read replica: $(grep -c 'in time (' "$dir/replica-$n.log" || true) times found in time," \
			"$(grep -c 'reading the primary instead' "$dir/replica-$n.log" || true) times skipped"
	done
fi
passed_on=$(awk '$2 ~ /,/' "$dir/nginx/access.log" | wc -l)
bad_gateway=$(awk '$1 == 502 || $1 == 504' "$dir/nginx/access.log" | wc -l)
echo "== nginx: $(wc -l <"$dir/nginx/access.log") requests; $passed_on passed on to another replica;" \
	"$bad_gateway answered 502/504"
echo "== balancer proof passed in $((SECONDS - started)) s"
