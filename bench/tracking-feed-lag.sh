#!/usr/bin/env bash
# Feed lag: scans committed at a steady rate to a webhook received by a local receiver.
# On a fresh embedded PostgreSQL. See docs/PERFORMANCE.md, "Tracking".
#   bench/tracking-feed-lag.sh [seconds, default 30] [scans per second, default 10000]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx2g -XX:+UseParallelGC -cp "$CP" \
  org.daksetu.bench.FeedLagBenchmark "$@" 2>&1 | tee "$RESULTS/tracking-feed-lag.txt"
