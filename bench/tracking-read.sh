#!/usr/bin/env bash
# Public tracking over HTTP while scan intake runs.
# On a fresh embedded PostgreSQL. See docs/PERFORMANCE.md, "Tracking".
#   bench/tracking-read.sh [seconds, default 30] [intake scans per second alongside, default 2000]
cd "$(dirname "$0")/.."
. bench/lib.sh
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx2g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.daksetu.bench.TrackingReadBenchmark "$@" 2>&1 | tee "$RESULTS/tracking-read.txt"
