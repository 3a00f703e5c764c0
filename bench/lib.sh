# Shared helpers for the load scripts. Source it; it expects to run from the repository root.
set -euo pipefail

RESULTS="${RESULTS:-bench/results}"
mkdir -p "$RESULTS"

need() {  # need <command> <debian package>: installs the package when the command is missing
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: installing $2 (for $1)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
}

median() {  # median of the numbers on stdin
  sort -g | awk '{a[NR]=$1} END {if (NR==0) exit 1; if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}

now_ms() { date +%s%3N; }

APP_PID=""
# start_app <port> <data dir> <log>: launches ./daksetu run in the background with a 512 MB heap
# (the figures in docs/PERFORMANCE.md were measured so; DAKSETU_JAVA_OPTS overrides it).
start_app() {
  local port=$1 dir=$2 log=$3
  DAKSETU_JAVA_OPTS="${DAKSETU_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}" \
    ./daksetu run --port "$port" --data-dir "$dir" >"$log" 2>&1 &
  APP_PID=$!
}

# wait_ready <port> <timeout s>: polls readiness every 50 ms; prints nothing, fails on timeout.
wait_ready() {
  local port=$1 deadline=$(( $(date +%s) + $2 ))
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "bench: app on port $port not ready in $2 s" >&2; return 1; }
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: app exited; see its log" >&2; return 1; }
    sleep 0.05
  done
}

stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

ensure_built() {  # builds the jar once, outside any timing
  ./daksetu --version >/dev/null
}

# wrk_runs <label> <lua script> <port> <runs>: a 5 s warm-up, then <runs> x 30 s at 64 connections;
# prints each run and the medians of requests/s and p99 (ms).
wrk_runs() {
  local label=$1 script=$2 port=$3 runs=$4 rps=() p99=() out r l
  wrk -t2 -c64 -d5s -s "$script" "http://127.0.0.1:$port" >/dev/null
  for i in $(seq "$runs"); do
    out=$(wrk -t2 -c64 -d30s --latency -s "$script" "http://127.0.0.1:$port")
    echo "$out" > "$RESULTS/wrk-$label-$i.txt"
    r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    l=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
    rps+=("$r"); p99+=("$l")
    echo "run $i: $r requests/s, p99 $l ms $(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}')"
  done
  echo "$label, median of $runs x 30 s at 64 connections: $(printf '%s\n' "${rps[@]}" | median) requests/s, p99 $(printf '%s\n' "${p99[@]}" | median) ms"
}

# real_pins <file>: every PIN of the bundled dataset, one a line
real_pins() {
  zcat data/network/offices.tsv.gz | awk -F'\t' 'NR>1 {print $4}' | sort -u > "$1"
}

# test_classpath: compiles the tests and sets JAVA_HOME (the launcher's JDK) and CP (classes,
# test classes and every test dependency) for benchmarks that run a main class from src/test.
test_classpath() {
  ensure_built >/dev/null
  JAVA_HOME="$(cat target/app/jdk)"
  export JAVA_HOME
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
  CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
}
