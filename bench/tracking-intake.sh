#!/usr/bin/env bash
# Sustained scan intake (dedupe, lifecycle derivation, durable commit) against a bare COPY of the
# same rows, on a fresh embedded PostgreSQL. See docs/PERFORMANCE.md, "Tracking".
#   bench/tracking-intake.sh [articles, default 100000] [batches of 50,000, default 12]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
# The JVM of an intake node: the article cache's entries live long, so they are promoted at their first
# collection instead of being copied between survivor spaces (docs/CONFIGURATION.md).
exec "$JAVA_HOME/bin/java" -Xmx2g -Xmn1g -XX:+UseParallelGC -XX:MaxTenuringThreshold=1 ${JAVA_OPTS:-} -cp "$CP" \
  org.daksetu.bench.IntakeBenchmark "$@" 2>&1 | tee "$RESULTS/tracking-intake.txt"
