#!/usr/bin/env bash
# Booking over HTTP (issue: shipper booking). Loopback only, bounded in time, on a fresh database.
#   bench/booking-http.sh [runs]
# 1. bulk booking: POST /api/v1/shipments/bulk with 10,000 shipments (random real PINs, all 13
#    pickup points, a third COD), end to end: parse, validation, promise, charges, S10 numbers,
#    COPY into PostgreSQL, per-item answer; [runs] requests after 2 warm-up requests, each of new
#    order references; client time (curl) and server time (Tomcat access log);
# 2. single booking under load: POST /api/v1/shipments with wrk, 64 then 16 connections, 30 s
#    runs, every request a new order reference (a COD parcel); requests/s and p99;
# 3. labels: GET /api/v1/shipments/{n}/label (PDF) over the shipments booked in step 1, with wrk.
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS="${1:-5}"
PORT=18082
need wrk wrk
need curl curl
ensure_built
export DAKSETU_ADMIN_KEY="bench-admin-key-$(date +%s)-0123456789"
dir="var/bench-booking-$$"; rm -rf "$dir"
export SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$PWD/$RESULTS" \
       SERVER_TOMCAT_ACCESSLOG_PREFIX=booking-access SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log \
       SERVER_TOMCAT_ACCESSLOG_PATTERN='%m %U %s %D' SERVER_TOMCAT_ACCESSLOG_BUFFERED=false \
       SERVER_TOMCAT_ACCESSLOG_FILE_DATE_FORMAT=
rm -f "$RESULTS"/booking-access*.log
trap 'stop_app; rm -rf "$dir"' EXIT
start_app $PORT "$dir" "$RESULTS/booking-app.log"; wait_ready $PORT 240
base="http://127.0.0.1:$PORT/api/v1"
admin=(-H "Authorization: Bearer $DAKSETU_ADMIN_KEY")

# A shipper that books from every pickup point, and its key.
curl -sf "${admin[@]}" -H 'Content-Type: application/json' -XPOST "$base/parties" \
     -d '{"code":"BENCH","name":"Bench Retail","kind":"SHIPPER"}' >/dev/null
codes=$(curl -s "$base/pickup-points" | grep -o '"code":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')
for c in $codes; do curl -sf "${admin[@]}" -XPUT "$base/shippers/BENCH/pickup-points/$c" >/dev/null; done
key=$(curl -sf "${admin[@]}" -H 'Content-Type: application/json' -XPOST "$base/api-keys" \
      -d '{"party":"BENCH","label":"bench","roles":["SHIPPER"]}' | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
[ -n "$key" ] || { echo "bench: could not issue a shipper key" >&2; exit 1; }
pins="$RESULTS/pins.txt"
real_pins "$pins"

# 1. bulk booking
bulk() {  # bulk <file> <batch name>: 10,000 shipments with order references <batch>-<i>
  shuf -n 10000 -r --random-source=<(yes "$2") "$pins" | awk -v batch="$2" -v codes="$codes" '
    BEGIN { n = split(codes, c, " "); printf "{\"shipments\":[" }
    { cod = (NR % 3 == 0) ? sprintf("{\"mode\":\"COD\",\"codAmountPaise\":%d}", 20000 + NR % 400 * 100) : "{\"mode\":\"PREPAID\"}"
      printf "%s{\"orderReference\":\"%s-%d\",\"pickupPoint\":\"%s\",\"service\":\"%s\",\"consignee\":{\"name\":\"Consignee %d\",\"phone\":\"98470%05d\",\"addressLine1\":\"House %d, Temple Road\",\"pin\":\"%s\"},\"weightGrams\":%d,\"dimensions\":{\"lengthCm\":30,\"breadthCm\":20,\"heightCm\":%d},\"declaredValuePaise\":149900,\"payment\":%s,\"otpDelivery\":%s}",
        (NR > 1 ? "," : ""), batch, NR, c[NR % n + 1], (NR % 5 == 0 ? "BUSINESS_PARCEL" : "SPEED_POST_PARCEL"), NR, NR, NR, $1,
        200 + NR % 30000, 5 + NR % 40, cod, (NR % 4 == 0 ? "true" : "false") }
    END { print "]}" }' > "$1"
}
post_bulk() {  # prints the client time in ms and keeps the answer
  curl -s -o "$2" -w '%{time_total}\n' -XPOST -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
       --data-binary @"$1" "$base/shipments/bulk" | awk '{print $1*1000}'
}
for w in 1 2; do bulk "$RESULTS/bulk-warm.json" "W$w-$$"; post_bulk "$RESULTS/bulk-warm.json" "$RESULTS/bulk-answer.json" >/dev/null; done
client=()
for i in $(seq "$RUNS"); do
  bulk "$RESULTS/bulk-$i.json" "R$i-$$"
  ms=$(post_bulk "$RESULTS/bulk-$i.json" "$RESULTS/bulk-answer-$i.json")
  booked=$(grep -o '"booked":[0-9]*' "$RESULTS/bulk-answer-$i.json" | cut -d: -f2)
  client+=("$ms")
  echo "run $i: 10,000 shipments, $booked booked, client $ms ms ($(awk -v m="$ms" 'BEGIN {printf "%.0f", 10000000/m}') shipments/s)"
done
server=$(grep '^POST /api/v1/shipments/bulk 200' "$RESULTS"/booking-access*.log | tail -"$RUNS" | awk '{print $4/1000}' | median)
c=$(printf '%s\n' "${client[@]}" | median)
echo "bulk booking of 10,000, median of $RUNS: client $c ms = $(awk -v m="$c" 'BEGIN {printf "%.0f", 10000000/m}') shipments/s; server $server ms = $(awk -v m="$server" 'BEGIN {printf "%.0f", 10000000/m}') shipments/s"

# 2. single booking under load
cat > "$RESULTS/single.lua" <<LUA
local pins = {}
for line in io.lines("$PWD/$pins") do pins[#pins + 1] = line end
local codes = {}
for c in string.gmatch("$codes", "%S+") do codes[#codes + 1] = c end
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function init(args) prefix = "S" .. os.time() .. "-" .. tid; counter = 0; math.randomseed(os.time() * 100 + tid) end
local headers = {["Authorization"] = "Bearer $key", ["Content-Type"] = "application/json"}
request = function()
  counter = counter + 1
  local body = string.format('{"orderReference":"%s-%d","pickupPoint":"%s","service":"SPEED_POST_PARCEL","consignee":{"name":"Single Consignee","phone":"9847012345","addressLine1":"12 Temple Road","pin":"%s"},"weightGrams":%d,"dimensions":{"lengthCm":30,"breadthCm":20,"heightCm":10},"declaredValuePaise":149900,"payment":{"mode":"COD","codAmountPaise":99900}}',
    prefix, counter, codes[math.random(#codes)], pins[math.random(#pins)], math.random(100, 5000))
  return wrk.format("POST", "/api/v1/shipments", headers, body)
end
LUA
wrk_runs "single booking" "$RESULTS/single.lua" $PORT "$RUNS"
# The same at 16 connections (as many as the database pool): latency without queueing for a connection.
rps=(); p99=()
for i in $(seq "$RUNS"); do
  out=$(wrk -t2 -c16 -d30s --latency -s "$RESULTS/single.lua" "http://127.0.0.1:$PORT")
  echo "$out" > "$RESULTS/wrk-single16-$i.txt"
  rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
  p99+=("$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')")
  echo "run $i: ${rps[-1]} requests/s, p99 ${p99[-1]} ms $(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}')"
done
echo "single booking, median of $RUNS x 30 s at 16 connections: $(printf '%s\n' "${rps[@]}" | median) requests/s, p99 $(printf '%s\n' "${p99[@]}" | median) ms"

# 3. labels
grep -o '"articleNumber":"[^"]*"' "$RESULTS"/bulk-answer-*.json | cut -d'"' -f4 | shuf -n 20000 --random-source=<(yes) > "$RESULTS/articles.txt"
cat > "$RESULTS/labels.lua" <<LUA
local articles = {}
for line in io.lines("$PWD/$RESULTS/articles.txt") do articles[#articles + 1] = line end
math.randomseed(11)
local headers = {["Authorization"] = "Bearer $key"}
request = function()
  return wrk.format("GET", "/api/v1/shipments/" .. articles[math.random(#articles)] .. "/label", headers)
end
LUA
wrk_runs "label PDF" "$RESULTS/labels.lua" $PORT "$RUNS"
total=$(curl -s -H "Authorization: Bearer $key" "$base/shipments?size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
echo "shipments stored: $total"
