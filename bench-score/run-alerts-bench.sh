#!/usr/bin/env bash
# Early-warning benchmark: `alerts --as-of` (every signal, risk grade, five-category suggestion and
# contagion path for every debtor, alerts raised in the store) against a PostgreSQL schema loaded
# by load-bank.sh or run-score-bench.sh. See docs/performance.md ("Early warning").
#
#   bench-score/run-alerts-bench.sh -s SCHEMA [-r RUNS] [-w WORKDIR] [-x HEAP]
#
# Every run starts from empty alert tables, so each raises its alerts afresh.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test), PGUSER (postgres), trust auth.
set -euo pipefail

SCHEMA=
RUNS=3
WORK=/tmp/bench-alerts
HEAP=2g
AS_OF=2026-09-30
while [ $# -gt 0 ]; do
  case "$1" in
    -s) SCHEMA="$2"; shift 2 ;;
    -r) RUNS="$2"; shift 2 ;;
    -w) WORK="$2"; shift 2 ;;
    -x) HEAP="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$SCHEMA" ] || { echo "usage: $0 -s SCHEMA [-r RUNS] [-w WORKDIR] [-x HEAP]" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. bench-score/lib.sh
pg_env "$SCHEMA"
APP=app/target/loanradar.jar
mkdir -p "$WORK"

: > "$WORK/alerts-runs.txt"
for i in $(seq 1 "$RUNS"); do
  psql -q -c "DELETE FROM $SCHEMA.warning_alert_event" -c "DELETE FROM $SCHEMA.warning_alert"
  log="$WORK/alerts-gc-$i.log"
  start=$(date +%s.%N)
  out=$(SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    /usr/bin/time -f "%M" -o "$WORK/alerts-rss-$i.txt" \
    java -Xmx"$HEAP" -Xlog:gc:file="$log" -jar "$APP" alerts --as-of "$AS_OF")
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  inner=$(echo "$out" | sed -n 's/.* in \([0-9.]*\) s:.*/\1/p')
  peak=$(peak_heap_mb "$log")
  rss=$(( $(tail -1 "$WORK/alerts-rss-$i.txt") / 1024 ))
  echo "$out"
  echo "alerts run $i: wall $wall s, command says $inner s, peak heap ${peak:-?} MB, peak RSS $rss MB"
  echo "$wall $inner ${peak:-0} $rss" >> "$WORK/alerts-runs.txt"
done

echo
echo "| alerts, schema $SCHEMA, as of $AS_OF | median of $RUNS |"
echo "|---|---|"
printf '| wall (JVM start to exit, incl. writing alerts) | %.1f s |\n' "$(cut -d' ' -f1 "$WORK/alerts-runs.txt" | median)"
printf '| "in X s" (snapshots, signals, grades, contagion, alerts written) | %.1f s |\n' "$(cut -d' ' -f2 "$WORK/alerts-runs.txt" | median)"
printf '| peak heap before a GC (-Xmx%s), max of runs | %s MB |\n' "$HEAP" "$(cut -d' ' -f3 "$WORK/alerts-runs.txt" | sort -n | tail -1)"
printf '| peak RSS, max of runs | %s MB |\n' "$(cut -d' ' -f4 "$WORK/alerts-runs.txt" | sort -n | tail -1)"
