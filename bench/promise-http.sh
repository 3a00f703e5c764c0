#!/usr/bin/env bash
# GET /api/v1/promise over random (pickup point, real PIN) pairs with wrk: 64 connections,
# 30 s, 2 threads, load generator on the same machine, loopback only.
#   bench/promise-http.sh [runs]
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS="${1:-3}"
PORT=18081
need wrk wrk
need curl curl
ensure_built
dir="var/bench-promise-$$"; rm -rf "$dir"
trap 'stop_app; rm -rf "$dir"' EXIT
start_app $PORT "$dir" "$RESULTS/promise-app.log"; wait_ready $PORT 180

pins="$RESULTS/pins.txt"
real_pins "$pins"
codes=$(curl -s "http://127.0.0.1:$PORT/api/v1/pickup-points" | grep -o '"code":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')
echo "pickup points: $codes"
cat > "$RESULTS/promise.lua" <<LUA
local pins = {}
for line in io.lines("$PWD/$pins") do pins[#pins + 1] = line end
local codes = {}
for c in string.gmatch("$codes", "%S+") do codes[#codes + 1] = c end
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/v1/promise?from=" .. codes[math.random(#codes)] .. "&to=" .. pins[math.random(#pins)])
end
LUA
wrk_runs promise "$RESULTS/promise.lua" $PORT "$RUNS"
