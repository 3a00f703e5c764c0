#!/usr/bin/env bash
# Sustained scan intake (dedupe, lifecycle derivation, durable commit) against a bare COPY of the
# same rows, on a fresh embedded PostgreSQL. See docs/PERFORMANCE.md, "Tracking".
#   bench/tracking-intake.sh [articles, default 100000] [batches of 50,000, default 12]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx2g -XX:+UseParallelGC -cp "$CP" \
  org.daksetu.bench.IntakeBenchmark "$@" 2>&1 | tee "$RESULTS/tracking-intake.txt"
