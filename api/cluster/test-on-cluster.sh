#!/usr/bin/env bash
# Runs the tests that use Redis against a local Redis Cluster (three masters, three
# replicas; api/cluster/redis-cluster.sh), PostgreSQL staying embedded, and stops the
# cluster afterwards. The last of them stops one master during a registration rush.
#
#   api/cluster/test-on-cluster.sh              the Redis tests (about 2 minutes)
#   TESTS='cn/zjgh/portal/**' api/cluster/test-on-cluster.sh    the whole suite
#
# MVN (default ./mvnw) and MVN_ARGS (e.g. -o) choose the Maven command.
set -euo pipefail
cd "$(dirname "$0")/../.."

default_tests=$(
	IFS=,
	echo "cn/zjgh/portal/event/**,cn/zjgh/portal/wechat/**,cn/zjgh/portal/story/**,\
cn/zjgh/portal/shared/PersistedQueriesGraphQlTests,cn/zjgh/portal/shared/EmbeddedDefaultGraphQlTests,\
cn/zjgh/portal/account/LoginGraphQlTests,cn/zjgh/portal/account/AccountDeletionGraphQlTests,\
cn/zjgh/portal/membership/MembershipGraphQlTests,cn/zjgh/portal/readingroom/BookingRaceGraphQlTests,\
cn/zjgh/portal/station/FreeMealRushGraphQlTests,cn/zjgh/portal/ProductionProfileTests,\
cn/zjgh/portal/SetUpFromNothingTests"
)
tests=${TESTS:-$default_tests}
dir=$(mktemp -d "${TMPDIR:-/tmp}/portal-redis-cluster.XXXXXX")
trap 'api/cluster/redis-cluster.sh stop "$dir"' EXIT

nodes=$(api/cluster/redis-cluster.sh start "$dir")
echo "== Redis Cluster up: $nodes"
# shellcheck disable=SC2086
${MVN:-./mvnw} ${MVN_ARGS:-} -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
	-Dportal.test.redis-cluster="$nodes"
