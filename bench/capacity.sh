#!/usr/bin/env bash
# A day's bag allocation across the whole network (1,000,000 parcels) and what-if evaluations of
# one candidate pickup point over all PINs, through the real services on a fresh embedded
# PostgreSQL. See docs/PERFORMANCE.md, "Capacity".
#   bench/capacity.sh [parcels, default 1000000] [runs, default 3]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx3g -XX:+UseParallelGC -cp "$CP" \
  org.daksetu.bench.CapacityBenchmark "$@" 2>&1 | tee "$RESULTS/capacity.txt"
