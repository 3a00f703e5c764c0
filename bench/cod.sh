#!/usr/bin/env bash
# COD at volume: a remittance run over 1,000,000 collected articles and a quarter's reconciliation
# report, on a fresh embedded PostgreSQL with the real services. See docs/PERFORMANCE.md, "COD".
#   bench/cod.sh [articles, default 1000000] [runs, default 3]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx1g -XX:+UseParallelGC -cp "$CP" \
  org.daksetu.bench.CodBenchmark "$@" 2>&1 | tee "$RESULTS/cod.txt"
