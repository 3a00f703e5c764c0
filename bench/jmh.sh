#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java/org/daksetu/bench on the project's classpath.
#   bench/jmh.sh PromiseBenchmark [extra JMH options]
cd "$(dirname "$0")/.."
. bench/lib.sh
ensure_built >/dev/null
JAVA_HOME="$(cat target/app/jdk)"
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
