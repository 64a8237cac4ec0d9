#!/usr/bin/env bash
# Writes an org tree of about N units (default 60000) for import-org-units, and times the import:
#   api/bench/org-units.sh [units] [file]      writes the file (default /tmp/org-units-<units>.csv)
# then, with the environment of the database to import into (see README.md, Production):
#   time java -jar api/target/workers-portal.jar import-org-units /tmp/org-units-60000.csv
# One province, 11 cities, 10 counties each, 12 townships each, and enterprises spread evenly below.
set -euo pipefail
units=${1:-60000}
file=${2:-/tmp/org-units-${units}.csv}
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
