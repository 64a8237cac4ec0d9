#!/usr/bin/env bash
# Runs the whole test suite against a local Redis Cluster (three masters, three replicas;
# api/cluster/redis-cluster.sh), PostgreSQL staying embedded, and stops the cluster
# afterwards. RedisClusterFailoverGraphQlTests stops one master during a registration rush.
#
#   api/cluster/test-on-cluster.sh                         the whole suite (about 4 minutes)
#   TESTS="$(api/cluster/test-on-cluster.sh --redis-tests)" api/cluster/test-on-cluster.sh
#                                                          only the tests that use Redis (2 minutes)
#
# MVN (default ./mvnw) and MVN_ARGS (e.g. -o) choose the Maven command.
set -euo pipefail
cd "$(dirname "$0")/../.."

redis_tests=$(
	IFS=,
	echo "cn/zjgh/portal/event/**,cn/zjgh/portal/wechat/**,cn/zjgh/portal/story/**,\
cn/zjgh/portal/shared/PersistedQueriesGraphQlTests,cn/zjgh/portal/shared/EmbeddedDefaultGraphQlTests,\
cn/zjgh/portal/account/LoginGraphQlTests,cn/zjgh/portal/account/AccountDeletionGraphQlTests,\
cn/zjgh/portal/membership/MembershipGraphQlTests,cn/zjgh/portal/readingroom/BookingRaceGraphQlTests,\
cn/zjgh/portal/station/FreeMealRushGraphQlTests,cn/zjgh/portal/ProductionProfileTests,\
cn/zjgh/portal/SetUpFromNothingTests"
)
if [ "${1:-}" = --redis-tests ]; then
	echo "$redis_tests"
	exit 0
fi
tests=${TESTS:-cn/zjgh/portal/**}
dir=$(mktemp -d "${TMPDIR:-/tmp}/portal-redis-cluster.XXXXXX")
trap 'api/cluster/redis-cluster.sh stop "$dir"' EXIT

nodes=$(api/cluster/redis-cluster.sh start "$dir")
echo "== Redis Cluster up: $nodes"
# shellcheck disable=SC2086
${MVN:-./mvnw} ${MVN_ARGS:-} -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
	-Dportal.test.redis-cluster="$nodes"
