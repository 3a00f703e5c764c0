#!/usr/bin/env bash
# The operations simulator end to end on a fresh embedded PostgreSQL, then the quarter's review.
# Prints parcels/s, scans/s, wall time and peak memory of the simulation, and the review's time.
# See docs/PERFORMANCE.md, "Simulation and review".
#   bench/simulate-quarter.sh [days, default 90] [parcels on the first day, default 45667] [first day, default 2026-07-01]
# The target run: bench/simulate-quarter.sh   (90 days, 4.5 M parcels: 50,000 a day on average; < 30 min, review < 30 s)
# The simulator's volume grows 3x in 18 months, about 20% over a quarter: a quarter that starts at 45,667
# parcels a day books 4,500,019 in 90 days (one that starts at 50,000 books 4,926,997).
cd "$(dirname "$0")/.."
. bench/lib.sh
days="${1:-90}"; per_day="${2:-45667}"; from="${3:-2026-07-01}"
year="${from:0:4}"; month="${from:5:2}"; quarter="$year-Q$(( (10#$month - 1) / 3 + 1 ))"
# At 50,000 parcels a day half a million articles and more are in flight: tracking's cache needs the heap
# for them (docs/SIMULATION.md, "Memory"); the collector settings are an intake node's (docs/CONFIGURATION.md).
export DAKSETU_JAVA_OPTS="${DAKSETU_JAVA_OPTS:--Xmx10g -Xmn2g -XX:+UseParallelGC -XX:MaxTenuringThreshold=1 -Ddaksetu.tracking.cache.max-articles=1000000}"
# The embedded server's buffer pool sized for a quarter (its 256 MB default is a laptop's; docs/CONFIGURATION.md).
export DAKSETU_DB_EMBEDDED_SETTINGS="${DAKSETU_DB_EMBEDDED_SETTINGS-shared_buffers=4GB,max_wal_size=8GB}"
data="$(mktemp -d /tmp/daksetu-bench-sim.XXXXXX)"
trap 'rm -rf "$data"' EXIT
ensure_built
log="$RESULTS/simulate-quarter-$days-$per_day.txt"
echo "bench: simulating $days days from $from at $per_day parcels a day on a fresh database in $data" | tee "$log"
start=$(now_ms)
/usr/bin/env time -v ./daksetu simulate --data-dir "$data/postgres" --from "$from" --days "$days" \
  --parcels-per-day "$per_day" --seed 42 2>"$RESULTS/simulate-quarter-stderr.txt" | tee -a "$log" | grep -v ' INFO ' || {
  echo "bench: the simulation failed; see $RESULTS/simulate-quarter-stderr.txt" >&2; exit 1; }
end=$(now_ms)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$RESULTS/simulate-quarter-stderr.txt" 2>/dev/null || true)
echo "bench: process wall time $(( (end - start) / 1000 )) s (start-up and network import included), max RSS ${rss:-?} kB" | tee -a "$log"
grep -E '^Simulated|^peak memory' "$log" | tail -2
for run in 1 2 3; do
  ./daksetu review --quarter "$quarter" --data-dir "$data/postgres" --out "$data/review" 2>/dev/null | grep -E '^Review' | tee -a "$log"
done
