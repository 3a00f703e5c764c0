#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java/org/daksetu/bench on the project's classpath.
#   bench/jmh.sh PromiseBenchmark [extra JMH options]
cd "$(dirname "$0")/.."
. bench/lib.sh
test_classpath
exec "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "$@"
