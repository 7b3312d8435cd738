#!/usr/bin/env bash
# Bench loader: puts a generated bank into a PostgreSQL schema fast enough to measure at 100,000
# enterprises. See docs/performance-scoring.md ("Loading the 100,000-enterprise bank").
#
#   bench-score/load-bank.sh -b BANK_DIR -s SCHEMA [-n ENTERPRISES]
#
# This is a benchmark shortcut, not an import. The product import checks every row, quarantines
# bad ones and merges batch by batch at about 21,000 rows/s on this machine, which is over 40
# minutes for the 50 M transactions of a 100,000-enterprise bank. Here:
#   1. every file except transactions.csv goes through `loanradar import` as usual (the schema is
#      created by the application's Flyway migrations, the rows are checked);
#   2. transactions.csv is copied into `txn` with psql \copy, unchecked (the generator writes
#      valid rows), with the txn indexes dropped during the copy and rebuilt from their own
#      definitions afterwards;
#   3. flow_daily and balance_daily are built by the importer's own statements
#      (app/src/main/resources/db/aggregates/*.sql), run over all transactions at once instead of
#      batch by batch; they insert in key order, so each enterprise's rows sit together on disk
#      (a schema loaded before they did can be put in order with CLUSTER … USING …_pkey).
# The store then holds what an import of the same files holds, minus the import's per-file
# bookkeeping for transactions (one import_batch row records the copy).
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test), PGUSER (postgres), trust auth.
set -euo pipefail

BANK=
SCHEMA=
N=
while [ $# -gt 0 ]; do
  case "$1" in
    -b) BANK="$2"; shift 2 ;;
    -s) SCHEMA="$2"; shift 2 ;;
    -n) N="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$BANK" ] || [ -z "$SCHEMA" ]; then
  echo "usage: $0 -b BANK_DIR -s SCHEMA [-n ENTERPRISES to generate when BANK_DIR is empty]" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. bench-score/lib.sh
pg_env "$SCHEMA"
APP=app/target/loanradar.jar
AGG=app/src/main/resources/db/aggregates
PSQL=(psql -v ON_ERROR_STOP=1 -q)
step() { echo "$(date -u +%H:%M:%S) $*"; }

if [ ! -f "$BANK/transactions.csv" ]; then
  [ -n "$N" ] || { echo "no $BANK/transactions.csv and no -n to generate" >&2; exit 1; }
  step "generate $N enterprises into $BANK"
  java -jar "$APP" generate --enterprises "$N" --months 24 --seed 42 --last-month 2026-09 --out "$BANK"
fi

start=$(date +%s)
step "schema $SCHEMA: import every file but transactions.csv"
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
files=()
for f in enterprises products financials tax credit_records loans events relations; do
  [ -f "$BANK/$f.csv" ] && files+=("$BANK/$f.csv")
done
SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME="$PGUSER" java -jar "$APP" import \
  "${files[@]}" | tail -3

# Drops a table's primary key and indexes, printing the statements that rebuild them.
drop_indexes() {
  local t="$1"
  "${PSQL[@]}" -Atc "SELECT 'ALTER TABLE $SCHEMA.$t ADD CONSTRAINT ' || conname || ' '
      || pg_get_constraintdef(oid) || ';' FROM pg_constraint
      WHERE conrelid = '$SCHEMA.$t'::regclass AND contype = 'p'"
  "${PSQL[@]}" -Atc "SELECT pg_get_indexdef(i.indexrelid) || ';' FROM pg_index i
      WHERE i.indrelid = '$SCHEMA.$t'::regclass AND NOT i.indisprimary"
  for idx in $("${PSQL[@]}" -Atc "SELECT c.relname FROM pg_index i JOIN pg_class c
      ON c.oid = i.indexrelid WHERE i.indrelid = '$SCHEMA.$t'::regclass AND NOT i.indisprimary"); do
    "${PSQL[@]}" -c "DROP INDEX $SCHEMA.$idx"
  done
  for con in $("${PSQL[@]}" -Atc "SELECT conname FROM pg_constraint
      WHERE conrelid = '$SCHEMA.$t'::regclass AND contype = 'p'"); do
    "${PSQL[@]}" -c "ALTER TABLE $SCHEMA.$t DROP CONSTRAINT $con"
  done
}

rebuild=$(mktemp)
for t in txn flow_daily balance_daily; do
  drop_indexes "$t" >> "$rebuild"
done

step "txn: \\copy transactions.csv (indexes dropped)"
batch=$("${PSQL[@]}" -Atc "INSERT INTO $SCHEMA.import_batch (started_at, finished_at, status, actor,
    origin, message) VALUES (now(), now(), 'COMMITTED', 'bench', 'cli',
    'bench loader: transactions.csv copied unchecked') RETURNING batch_id" | head -1)
file=$("${PSQL[@]}" -Atc "INSERT INTO $SCHEMA.import_file (batch_id, file_name, sha256, kind)
    VALUES ($batch, 'transactions.csv', '', 'TRANSACTIONS') RETURNING file_id" | head -1)
header=$(head -1 "$BANK/transactions.csv" | tr -d '\r')
[ "$(echo "$header" | cut -d, -f4)" = booked_at ] || { echo "booked_at is not column 4" >&2; exit 1; }
# flow_day (the booking's date), batch, file and line number appended to every row
awk -F, -v b="$batch" -v f="$file" \
  'NR > 1 { sub(/\r$/, ""); print $0 "," substr($4, 1, 10) "," b "," f "," NR }' \
  "$BANK/transactions.csv" \
  | "${PSQL[@]}" -c "\\copy $SCHEMA.txn ($header, flow_day, batch_id, file_id, line_no) FROM pstdin WITH (FORMAT csv)"

step "flow_daily and balance_daily: the importer's statements over all transactions"
{
  echo "SET work_mem = '512MB';"
  echo "SET maintenance_work_mem = '1GB';"
  grep -v '^--' "$AGG/flow_daily.sql"; echo ";"
  grep -v '^--' "$AGG/balance_daily.sql"; echo ";"
  cat "$rebuild"
} | sed "s/\\bINTO flow_daily\\b/INTO $SCHEMA.flow_daily/; s/\\bINTO balance_daily\\b/INTO $SCHEMA.balance_daily/; s/FROM txn t/FROM $SCHEMA.txn t/" \
  | "${PSQL[@]}"
rm -f "$rebuild"

step "vacuum analyze"
for t in enterprise financial_statement tax_record credit_record event loan loan_status_history \
  relation txn flow_daily balance_daily; do
  "${PSQL[@]}" -c "VACUUM ANALYZE $SCHEMA.$t"
done
step "loaded in $(( $(date +%s) - start )) s: $("${PSQL[@]}" -Atc "SELECT (SELECT count(*) FROM $SCHEMA.enterprise) || ' enterprises, ' || (SELECT count(*) FROM $SCHEMA.txn) || ' transactions, ' || (SELECT count(*) FROM $SCHEMA.flow_daily) || ' flow_daily, ' || (SELECT count(*) FROM $SCHEMA.balance_daily) || ' balance_daily'")"
