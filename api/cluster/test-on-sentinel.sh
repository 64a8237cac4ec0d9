#!/usr/bin/env bash
# Runs Redis tests against a local master and replica watched by three sentinels
# (api/cluster/redis-sentinel.sh), PostgreSQL staying embedded, and stops them afterwards.
# The sentinel failover test kills the master during a registration rush.
#
#   api/cluster/test-on-sentinel.sh              the listing cache's tests and the failover test (about 1 minute)
#   TESTS='cn/zjgh/portal/**' api/cluster/test-on-sentinel.sh    the whole suite
#
# MVN (default ./mvnw) and MVN_ARGS (e.g. -o) choose the Maven command.
set -euo pipefail
cd "$(dirname "$0")/../.."

default_tests="cn/zjgh/portal/event/PopularEventsCacheGraphQlTests,cn/zjgh/portal/event/RedisSentinelFailoverGraphQlTests"
tests=${TESTS:-$default_tests}
dir=$(mktemp -d "${TMPDIR:-/tmp}/portal-redis-sentinel.XXXXXX")
trap 'api/cluster/redis-sentinel.sh stop "$dir"' EXIT

sentinel=$(api/cluster/redis-sentinel.sh start "$dir")
echo "== Redis Sentinel up: $sentinel"
# shellcheck disable=SC2086
${MVN:-./mvnw} ${MVN_ARGS:-} -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
	-Dportal.test.redis-sentinel="$sentinel"
