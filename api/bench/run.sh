#!/usr/bin/env bash
# Event listing, registration, reading-room and booking benchmark. From the repository root:
#   api/bench/run.sh    (DURATION=20 WARMUP=90 RUSH_WARMUP=180 api/bench/run.sh for longer runs)
# Starts the portal with the demo data scaled to 100,000 events and 1,000,000 registrations,
# 5,000 reading rooms and 1,000,000 past bookings (profiles demo,bench; embedded PostgreSQL and
# Redis), warms it up with the measured requests, measures with wrk on the same machine, runs
# the two rushes (Rush.java driving wrk with rush.lua), and stops the portal with SIGTERM. Needs a JDK and
# wrk (installed with apt-get when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-15}
warmup=${WARMUP:-60}
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

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
base="http://127.0.0.1:$port"
log=$(mktemp)
# shellcheck disable=SC2086
java $java_opts -jar api/target/workers-portal.jar --spring.profiles.active=demo,bench --server.port="$port" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT

echo "starting the portal with 100,000 events and 1,000,000 registrations (takes a minute)..."
for i in $(seq 1 300); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { tail -40 "$log"; exit 1; }
  sleep 1
done
events=$(curl -s "$base/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ events(filter: {keyword: \"压测活动 99999\"}) { edges { node { id } } } }"}')
echo "$events" | grep -q '"id"' || { echo "bench data missing: $events"; exit 1; }

script=$(mktemp --suffix=.lua)
load() { # query-json
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$1" >"$script"
}
measure() { # name connections query-json variable
  load "$3"
  out=$(wrk -t2 -c"$2" -d"${duration}s" --latency -s "$script" "$base/graphql")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-44s %4s conn  %9s req/s  p50 %8s  p99 %8s %s\n' "$1" "$2" "$rps" "$p50" "$p99" "${errors:+non-2xx: $errors}"
  eval "rps_$4=$rps"
}

popular='{"query":"{ popularEvents(city: \"330100\", first: 20) { edges { node { id title startsAt remainingSeats venue { name } } } } }"}'
uncached='{"query":"{ events(filter: {cityCode: \"330100\"}, orderBy: POPULAR, first: 20) { edges { node { id title startsAt remainingSeats venue { name } } } } }"}'
floor='{"query":"{ __typename }"}'
rooms='{"query":"{ readingRooms(near: {lat: 29.5, lng: 120.2}, first: 20) { edges { node { id name distanceMeters } } } }"}'
room=$(curl -s "$base/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ readingRooms(near: {lat: 29.5, lng: 120.2}, first: 1) { edges { node { id } } } }"}' | grep -o '"id":"[0-9]*"' | grep -o '[0-9]*')
tomorrow=$(TZ=Asia/Shanghai date -d tomorrow +%F)
availability="{\"query\":\"{ readingRoom(id: $room) { availability(date: \\\"$tomorrow\\\") { from freeSeats } } }\"}"

# The JIT compiles the hot paths for a minute or more under load; measuring before that
# measures the compiler.
echo "== warm-up: ${warmup}s of the measured requests"
for request in "$popular" "$floor" "$uncached" "$rooms" "$availability"; do
  load "$request"
  wrk -t2 -c32 -d"$((warmup / 5))s" -s "$script" "$base/graphql" >/dev/null
done

echo "== wrk, ${duration}s per run, same machine as the portal ($(nproc) cores)"
measure '{ __typename }' 16 "$floor" floor
measure 'popularEvents(first: 20), cached' 16 "$popular" cached
measure 'same rows, uncached (events POPULAR)' 16 "$uncached" uncached
measure 'popularEvents(first: 20), cached' 32 "$popular" cached32
python3 - "$rps_floor" "$rps_cached" "$rps_uncached" <<'PY' 2>/dev/null || true
import sys
floor, cached, uncached = map(float, sys.argv[1:])
print(f"cached/uncached = {cached/uncached:.1f}x   cached/floor = {100*cached/floor:.0f}%")
PY
measure 'readingRooms(near, first: 20)' 16 "$rooms" rooms
measure 'readingRoom { availability(date) }' 16 "$availability" availability

# --- service stations: nearest first over 21,000 stations (db/bench/V999_13), as the station list page asks ---
stations='{"query":"{ serviceStations(near: {lat: 30.27, lng: 120.15}, first: 20) { edges { node { id name distanceMeters openNow reportedClosed freeMeals { remainingToday } } } } }"}'
stations_filtered='{"query":"{ serviceStations(near: {lat: 30.27, lng: 120.15}, radiusKm: 50, service: FREE_MEALS, openNow: true, first: 20) { edges { node { id name distanceMeters openNow reportedClosed freeMeals { remainingToday } } } } }"}'
for request in "$stations" "$stations_filtered"; do
  load "$request"
  wrk -t2 -c32 -d"$((warmup / 5))s" -s "$script" "$base/graphql" >/dev/null
done
measure 'serviceStations(near, first: 20)' 16 "$stations" stations
measure 'serviceStations(near, 50 km, FREE_MEALS, openNow)' 16 "$stations_filtered" stations_filtered
# --- end of service stations ---

echo "== registration rush: 2,000 workers, 100 seats, 200 in flight (${rush_warmup}s of warm-up rushes first)"
WARMUP_SECONDS=$rush_warmup java api/bench/Rush.java registration "$base" 2000 100 200
echo "== seat rush: 1,000 workers, one slot of a 40-seat room, 100 in flight (${warmup}s of warm-up rushes first)"
WARMUP_SECONDS=$warmup java api/bench/Rush.java seats "$base" 1000 40 100
