#!/usr/bin/env bash
# The last mile's batch calls (receipts, runs, attempts with COD collection) as the simulator makes
# them, on a fresh embedded PostgreSQL with the real services. See docs/PERFORMANCE.md, "Last mile".
#   bench/last-mile.sh [parcels, default 20000]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx1g -XX:+UseParallelGC -cp "$CP" \
  org.daksetu.bench.LastMileBenchmark "$@" 2>&1 | tee "$RESULTS/last-mile.txt"
