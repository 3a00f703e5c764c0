#!/usr/bin/env bash
# Public tracking over HTTP while scan intake runs.
# On a fresh embedded PostgreSQL. See docs/PERFORMANCE.md, "Tracking".
#   bench/tracking-read.sh [seconds, default 30] [intake scans per second alongside, default 2000]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx2g -XX:+UseParallelGC -cp "$CP" \
  org.daksetu.bench.TrackingReadBenchmark "$@" 2>&1 | tee "$RESULTS/tracking-read.txt"
