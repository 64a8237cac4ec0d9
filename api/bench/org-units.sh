#!/usr/bin/env bash
# Writes an org tree of about N units (default 60000) for import-org-units, and times the import:
#   api/bench/org-units.sh [units] [file]      writes the file (default /tmp/org-units-<units>.csv)
# and, where a local PostgreSQL runs on 127.0.0.1:5432, imports it twice into a scratch database
# and prints the times (IMPORT=0 only writes the file). Against another database:
#   time java -jar api/target/workers-portal.jar import-org-units /tmp/org-units-60000.csv
# One province, 11 cities, 10 counties each, 12 townships each, and enterprises spread evenly below.
set -euo pipefail
units=${1:-60000}
file=$(realpath -m "${2:-/tmp/org-units-${units}.csv}")
cd "$(dirname "$0")/../.."
awk -v units="$units" 'BEGIN {
    print "code,parent_code,name,level,city_code"
    print "B33,,压测省总工会,PROVINCE,330000"
    n = 1
    for (c = 1; c <= 11; c++) {
        city = sprintf("B33%02d", c); code6 = sprintf("33%02d00", c)
        print city ",B33,压测市" c "总工会,CITY," code6; n++
        for (k = 1; k <= 10; k++) {
            county = sprintf("%s%02d", city, k)
            print county "," city ",压测县" c "-" k "总工会,COUNTY," sprintf("33%02d%02d", c, k); n++
            for (t = 1; t <= 12; t++) {
                town[++towns] = sprintf("%s%02d", county, t)
                print town[towns] "," county ",压测街道" c "-" k "-" t "总工会,TOWNSHIP,"; n++
            }
        }
    }
    for (e = 1; n < units; e++) {
        parent = town[(e - 1) % towns + 1]
        print parent "E" e "," parent ",压测企业" e "工会,ENTERPRISE,"; n++
    }
}' > "$file"
echo "$(($(wc -l < "$file") - 1)) units in $file"

# With a local PostgreSQL and Redis (as on the CI machine) the import is timed too, into a scratch
# database that is dropped afterwards: api/bench/org-units.sh 60000 then prints the seconds.
if [ "${IMPORT:-1}" = 1 ] && command -v psql >/dev/null && pg_isready -h 127.0.0.1 -p 5432 -q; then
  [ -f api/target/workers-portal.jar ] || ./mvnw -q -DskipTests package
  db=portal_org_units_bench
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  run() {
    SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_DATABASE=4 \
    PORTAL_TOKEN_SECRET="$(head -c 48 /dev/urandom | base64)" PORTAL_WECHAT_APP_ID=wx0000000000000000 \
    PORTAL_WECHAT_SECRET=00000000000000000000000000000000 \
      java -jar api/target/workers-portal.jar import-org-units "$file"
  }
  for pass in first again; do
    start=$(date +%s.%N)
    out=$(run 2>&1) || { echo "$out" | tail -20; psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE $db"; exit 1; }
    end=$(date +%s.%N)
    printf 'import-org-units, %s pass: %.1f s in all (JVM start and migrations included)\n' "$pass" "$(echo "$end - $start" | bc)"
    echo "$out" | grep -iE "imported|unchanged|changed|took" | tail -3
  done
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE $db"
fi
