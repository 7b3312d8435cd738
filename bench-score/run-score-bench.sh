#!/usr/bin/env bash
# Full re-score benchmark: LoanRadar's `score` command against a PostgreSQL store, and the shared
# part (flow aggregates + flow features) on both LoanRadar and DuckDB. See docs/performance-scoring.md.
#
#   bench-score/run-score-bench.sh [-n ENTERPRISES] [-r RUNS] [-w WORKDIR] [--skip-build] [--skip-import]
#                                  [-s SCHEMA] [-b BANK_DIR] [--skip-shared]
#
# -s and -b point at a schema and bank loaded by load-bank.sh (use with --skip-import);
# --skip-shared measures only the score command, not the DuckDB comparison.
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test), PGUSER (postgres), trust auth;
# APP (app/target/loanradar.jar) names the application jar, e.g. a copy kept to measure before a change.
set -euo pipefail

N=10000
RUNS=3
WORK=/tmp/bench-score
BUILD=1
IMPORT=1
SHARED=1
SCHEMA=
BANK=
AS_OF=2026-09-30
while [ $# -gt 0 ]; do
  case "$1" in
    -n) N="$2"; shift 2 ;;
    -r) RUNS="$2"; shift 2 ;;
    -w) WORK="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --skip-import) IMPORT=0; shift ;;
    --skip-shared) SHARED=0; shift ;;
    -s) SCHEMA="$2"; shift 2 ;;
    -b) BANK="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. bench-score/lib.sh
SCHEMA="${SCHEMA:-bench_score_${N}}"
BANK="${BANK:-$WORK/bank$N}"
pg_env "$SCHEMA"
APP="${APP:-app/target/loanradar.jar}"
mkdir -p "$WORK"

if [ "$BUILD" = 1 ]; then
  ./mvnw -q -DskipTests install
fi

if [ "$IMPORT" = 1 ]; then
  if [ ! -f "$BANK/transactions.csv" ]; then
    java -jar "$APP" generate --enterprises "$N" --months 24 --seed 42 --last-month 2026-09 --out "$BANK"
  fi
  psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
  start=$(date +%s)
  SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME="$PGUSER" java -jar "$APP" import \
    "$BANK"/enterprises.csv "$BANK"/financials.csv "$BANK"/transactions.csv "$BANK"/tax.csv \
    "$BANK"/credit_records.csv "$BANK"/loans.csv "$BANK"/events.csv "$BANK"/relations.csv \
    "$BANK"/products.csv | tail -3
  echo "import: $(( $(date +%s) - start )) s"
  for t in enterprise financial_statement tax_record credit_record event loan loan_status_history \
    txn flow_daily balance_daily; do
    psql -q -c "VACUUM ANALYZE $SCHEMA.$t"
  done
fi

enterprises=$(psql -Atc "SELECT count(*) FROM $SCHEMA.enterprise" 2>/dev/null || echo 0)
if [ "$enterprises" = 0 ]; then
  echo "no enterprises in schema $SCHEMA: run without --skip-import first" >&2
  exit 1
fi
echo "schema $SCHEMA: $enterprises enterprises"

# (a) the full re-score, RUNS times: wall time, the command's own figure, peak heap from the GC log
: > "$WORK/score-runs.txt"
for i in $(seq 1 "$RUNS"); do
  log="$WORK/score-gc-$i.log"
  start=$(date +%s.%N)
  out=$(SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    java -Xmx2g -Xlog:gc:file="$log" -jar "$APP" score --as-of "$AS_OF")
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  inner=$(echo "$out" | sed -n 's/.* in \([0-9.]*\) s:.*/\1/p')
  peak=$(peak_heap_mb "$log")
  echo "score run $i: wall $wall s, command says $inner s, peak heap ${peak:-?} MB"
  echo "$wall $inner ${peak:-0}" >> "$WORK/score-runs.txt"
done

wall_med=$(cut -d' ' -f1 "$WORK/score-runs.txt" | median)
inner_med=$(cut -d' ' -f2 "$WORK/score-runs.txt" | median)
peak_max=$(cut -d' ' -f3 "$WORK/score-runs.txt" | sort -n | tail -1)

# (b) the shared part on both sides, in one JVM
[ "$SHARED" = 1 ] && java -Xmx2g -cp "bench-score/target/loanradar-bench-score.jar:bench-score/target/lib/*" \
  io.loanradar.bench.score.ScoreBench --transactions "$BANK/transactions.csv" --jdbc "$JDBC" \
  --user "$PGUSER" --as-of "$AS_OF" --runs "$RUNS" --threads "$(nproc)" | tee "$WORK/shared.txt"

echo
echo "| full re-score, schema $SCHEMA, as of $AS_OF | median of $RUNS |"
echo "|---|---|"
printf '| loanradar score, wall (JVM start to exit, incl. saving scores) | %.1f s |\n' "$wall_med"
printf '| loanradar score, "in X s" (features + percentiles + scorecard) | %.1f s |\n' "$inner_med"
printf '| loanradar score, peak heap before a GC (-Xmx2g) | %s MB |\n' "$peak_max"
