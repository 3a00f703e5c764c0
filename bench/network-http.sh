#!/usr/bin/env bash
# Network benchmarks over HTTP (issue: foundation). Loopback only, bounded in time.
#   bench/network-http.sh [runs]
# 1. launch to ready with the network loaded: first start on an empty data directory (initdb +
#    import) and a restart (network already stored), each under -Xmx512m;
# 2. GET /api/v1/pincodes/{pin} over random real PINs with wrk: 64 connections, 30 s, 2 threads;
# 3. POST /api/v1/serviceability with 10,000 random real PINs: server time from Tomcat's access log;
# 4. heap in use after the load.
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS="${1:-3}"
PORT=18080
need wrk wrk
need curl curl
ensure_built
trap stop_app EXIT

pins="$RESULTS/pins.txt"
real_pins "$pins"
echo "real PINs: $(wc -l < "$pins")"

# 1. start-up
first=(); restart=()
for i in $(seq "$RUNS"); do
  dir="var/bench-postgres-$$"; rm -rf "$dir"
  t=$(now_ms); start_app $PORT "$dir" "$RESULTS/first-start-$i.log"; wait_ready $PORT 120
  first+=($(( $(now_ms) - t ))); stop_app
  t=$(now_ms); start_app $PORT "$dir" "$RESULTS/restart-$i.log"; wait_ready $PORT 120
  restart+=($(( $(now_ms) - t ))); stop_app
  rm -rf "$dir"
  echo "run $i: first start ${first[-1]} ms, restart ${restart[-1]} ms"
done
echo "launch to ready, median of $RUNS: first start $(printf '%s\n' "${first[@]}" | median) ms, restart $(printf '%s\n' "${restart[@]}" | median) ms (-Xmx512m)"

# The load phases run on one instance with the access log on.
dir="var/bench-postgres-$$"; rm -rf "$dir"
export SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$PWD/$RESULTS" \
       SERVER_TOMCAT_ACCESSLOG_PREFIX=access SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log \
       SERVER_TOMCAT_ACCESSLOG_PATTERN='%m %U %s %D' SERVER_TOMCAT_ACCESSLOG_BUFFERED=true \
       SERVER_TOMCAT_ACCESSLOG_FILE_DATE_FORMAT=
start_app $PORT "$dir" "$RESULTS/load.log"; wait_ready $PORT 120
trap 'stop_app; rm -rf "$dir"' EXIT

# 2. GET /pincodes with wrk
cat > "$RESULTS/pins.lua" <<LUA
local pins = {}
for line in io.lines("$PWD/$pins") do pins[#pins + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/pincodes/" .. pins[math.random(#pins)])
end
LUA
wrk_runs pincodes "$RESULTS/pins.lua" $PORT "$RUNS"

# 3. POST /serviceability with 10,000 PINs
shuf -n 10000 --random-source=<(yes) -r "$pins" | awk 'BEGIN {printf "{\"pins\":["} {printf "%s\"%s\"", (NR>1?",":""), $1} END {print "]}"}' > "$RESULTS/serviceability.json"
for i in $(seq 5); do curl -s -o /dev/null -XPOST -H 'Content-Type: application/json' --data-binary @"$RESULTS/serviceability.json" "http://127.0.0.1:$PORT/api/v1/serviceability"; done
: > "$RESULTS/serviceability-client.txt"
for i in $(seq 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -XPOST -H 'Content-Type: application/json' \
       --data-binary @"$RESULTS/serviceability.json" "http://127.0.0.1:$PORT/api/v1/serviceability" >> "$RESULTS/serviceability-client.txt"
done
sleep 1  # the access log is buffered
heap=$(curl -s "http://127.0.0.1:$PORT/actuator/metrics/jvm.memory.used?tag=area:heap" | sed 's/.*"value":\([0-9.E]*\).*/\1/')
stop_app
server=$(grep '^POST /api/v1/serviceability 200' "$RESULTS"/access*.log | tail -20 | awk '{print $4/1000}' | median)
client=$(awk '{print $1*1000}' "$RESULTS/serviceability-client.txt" | median)
echo "POST /serviceability with 10,000 PINs, median of 20: server $server ms, client (loopback, incl. transfer) $client ms"
echo "heap in use after the load: $(awk -v h="$heap" 'BEGIN {printf "%.0f", h/1048576}') MB of -Xmx512m"
