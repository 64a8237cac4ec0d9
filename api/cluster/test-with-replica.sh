#!/usr/bin/env bash
# Runs the read-replica tests: a streaming replica of the machine's PostgreSQL
# (api/cluster/pg-replica.sh) on REPLICA_PORT (default 5433), the demo data in a database
# of their own on the primary, Redis on 127.0.0.1:6379 (database 6). Stops the replica
# and drops the database afterwards.
#
# MVN (default ./mvnw) and MVN_ARGS (e.g. -o) choose the Maven command.
set -euo pipefail
cd "$(dirname "$0")/../.."

dir=$(mktemp -d "${TMPDIR:-/tmp}/portal-pg-replica.XXXXXX")
cleanup() {
	api/cluster/pg-replica.sh stop "$dir"
	psql -h 127.0.0.1 -U postgres -XAtqc "DROP DATABASE IF EXISTS portal_replica_test WITH (FORCE)" || true
}
trap cleanup EXIT

port=$(api/cluster/pg-replica.sh start "$dir")
echo "== PostgreSQL replica streaming on 127.0.0.1:$port"
# shellcheck disable=SC2086
${MVN:-./mvnw} ${MVN_ARGS:-} -B test -Dtest='cn/zjgh/portal/replica/**' -Dsurefire.failIfNoSpecifiedTests=false \
	-Dportal.test.pg-replica="127.0.0.1:$port"
