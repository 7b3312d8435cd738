#!/usr/bin/env bash
# Demand benchmark: `opportunities --as-of` (every enterprise's triggers, funding gaps and product
# matches, opportunities written to the store and to opportunities.csv) and a back-test, against a
# PostgreSQL schema loaded by load-bank.sh and scored as of the same date. See docs/performance.md
# ("Demand mining and the trigger back-test").
#
#   bench-score/run-demand-bench.sh -s SCHEMA [-r RUNS] [-c OTHER_JAR] [-t TRUTH_CSV] [-w WORKDIR]
#                                   [-x HEAP]
#
# Every `opportunities` run starts from empty opportunity tables, so each opens every opportunity.
# With -c the runs of app/target/loanradar.jar (or $APP) and of OTHER_JAR alternate, the ratio of
# their medians is printed, and their opportunities.csv must be byte-identical. With -t the
# back-test (4 steps of 28 days to the as-of date, scored against truth.csv) runs once per jar
# after the scans, and its tables must be identical too.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test), PGUSER (postgres), trust auth.
set -euo pipefail

SCHEMA=
RUNS=3
OTHER=
TRUTH=
WORK=/tmp/bench-demand
HEAP=2g
AS_OF=2026-09-30
BACKTEST_FROM=2026-07-08
while [ $# -gt 0 ]; do
  case "$1" in
    -s) SCHEMA="$2"; shift 2 ;;
    -r) RUNS="$2"; shift 2 ;;
    -c) OTHER="$2"; shift 2 ;;
    -t) TRUTH="$2"; shift 2 ;;
    -w) WORK="$2"; shift 2 ;;
    -x) HEAP="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$SCHEMA" ] || {
  echo "usage: $0 -s SCHEMA [-r RUNS] [-c OTHER_JAR] [-t TRUTH_CSV] [-w WORKDIR] [-x HEAP]" >&2
  exit 2
}

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. bench-score/lib.sh
pg_env "$SCHEMA"
APP="${APP:-app/target/loanradar.jar}"
mkdir -p "$WORK"
JARS=("$APP")
[ -z "$OTHER" ] || JARS+=("$OTHER")

# one timed command: prints its summary line and appends "wall inner peak_heap_mb rss_mb" to $3
timed() {
  local name="$1" jar="$2" runs="$3"
  shift 3
  local log="$WORK/$name-gc.log" start out wall inner peak rss
  start=$(date +%s.%N)
  out=$(SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    LOGGING_LEVEL_IO_LOANRADAR_APP_DEMAND=DEBUG \
    /usr/bin/time -f "%M" -o "$WORK/$name-rss.txt" \
    java -Xmx"$HEAP" -Xlog:gc:file="$log" -jar "$jar" "$@" 2>&1)
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  echo "$out" > "$WORK/$name.out"
  inner=$(echo "$out" | sed -n 's/.*\(in\|,\) \([0-9.]*\) s[:;].*/\2/p' | tail -1)
  peak=$(peak_heap_mb "$log")
  rss=$(( $(tail -1 "$WORK/$name-rss.txt") / 1024 ))
  echo "$out" | grep -E "demand scan|back-test read|in [0-9.]+ s" | sed 's/^.*\(DemandScan\|Backtest\) *: //'
  echo "$name: wall $wall s, command says $inner s, peak heap ${peak:-?} MB, peak RSS $rss MB"
  echo "$wall $inner ${peak:-0} $rss" >> "$runs"
}

for j in "${!JARS[@]}"; do : > "$WORK/opportunities-$j.txt"; done
for i in $(seq 1 "$RUNS"); do
  for j in "${!JARS[@]}"; do
    psql -q -c "TRUNCATE $SCHEMA.opportunity_transition, $SCHEMA.opportunity"
    timed "opportunities-$j-$i" "${JARS[$j]}" "$WORK/opportunities-$j.txt" \
      opportunities --as-of "$AS_OF" --out "$WORK/opportunities-$j-$i.csv"
    cmp -s "$WORK/opportunities-0-1.csv" "$WORK/opportunities-$j-$i.csv" \
      || { echo "opportunities-$j-$i.csv differs from opportunities-0-1.csv" >&2; exit 1; }
  done
done
if [ -n "$TRUTH" ]; then
  for j in "${!JARS[@]}"; do
    : > "$WORK/backtest-$j.txt"
    timed "backtest-$j" "${JARS[$j]}" "$WORK/backtest-$j.txt" \
      backtest --from "$BACKTEST_FROM" --to "$AS_OF" --step 28d --truth "$TRUTH" \
      --out "$WORK/backtest-$j.csv"
    cmp -s "$WORK/backtest-0.csv" "$WORK/backtest-$j.csv" \
      || { echo "backtest-$j.csv differs from backtest-0.csv" >&2; exit 1; }
  done
fi

echo
printf '| schema %s, as of %s, -Xmx%s |' "$SCHEMA" "$AS_OF" "$HEAP"
printf ' %s |' "${JARS[@]}"
echo
echo "|---|$(for j in "${!JARS[@]}"; do printf -- '---|'; done)"
row() {
  local label="$1" file="$2" col="$3" how="$4"
  printf '| %s |' "$label"
  for j in "${!JARS[@]}"; do
    if [ "$how" = median ]; then
      printf ' %.1f |' "$(cut -d' ' -f"$col" "$WORK/$file-$j.txt" | median)"
    else
      printf ' %s |' "$(cut -d' ' -f"$col" "$WORK/$file-$j.txt" | sort -n | tail -1)"
    fi
  done
  echo
}
row "opportunities, \"in X s\", median of $RUNS (s)" opportunities 2 median
row "opportunities, wall, median of $RUNS (s)" opportunities 1 median
row "opportunities, peak heap before a GC, max (MB)" opportunities 3 max
row "opportunities, peak RSS, max (MB)" opportunities 4 max
if [ -n "$TRUTH" ]; then
  row "back-test, 4 steps, \"in X s\" (s)" backtest 2 median
  row "back-test, peak RSS (MB)" backtest 4 max
fi
if [ -n "$OTHER" ]; then
  a=$(cut -d' ' -f2 "$WORK/opportunities-0.txt" | median)
  b=$(cut -d' ' -f2 "$WORK/opportunities-1.txt" | median)
  echo
  printf 'opportunities: %s takes %.2f times as long as %s (medians)\n' "$APP" \
    "$(echo "scale=4; $a / $b" | bc)" "$OTHER"
fi
