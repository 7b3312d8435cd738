#!/usr/bin/env bash
# Import benchmark: psql \copy of transactions.csv into a plain table, then the LoanRadar import of
# enterprises.csv + transactions.csv into PostgreSQL and into H2, RUNS times; prints a Markdown
# table with medians. See docs/performance.md.
#
#   bench/run-import-bench.sh [--enterprises N] [--h2-enterprises N] [--runs R] [--xmx SIZE]
#                             [--dir DIR] [--skip-h2] [--keep]
#
# N defaults to 10000 (about 5M transactions); the bank is generated once into DIR/bank-N
# (default DIR /tmp/loanradar-bench) and reused. PostgreSQL: 127.0.0.1:5432, database test, user
# postgres (PGHOST etc. are not read; edit the options below). --keep leaves the generated files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
enterprises=10000 h2_enterprises="" runs=3 xmx=1g dir=/tmp/loanradar-bench skip_h2="" keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --enterprises) enterprises="$2"; shift 2 ;;
    --h2-enterprises) h2_enterprises="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --skip-h2) skip_h2="--skip-h2"; shift ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
h2_enterprises="${h2_enterprises:-$enterprises}"

(cd "$here" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true install) >&2
jar="$here/app/target/loanradar.jar"

generate() {
  local n="$1" out="$dir/bank-$1"
  if [[ ! -f "$out/transactions.csv" ]]; then
    rm -rf "$out"
    java -jar "$jar" generate --enterprises "$n" --months 24 --seed 42 --last-month 2026-09 \
      --out "$out" >&2
  fi
  echo "$out"
}
mkdir -p "$dir"
bank="$(generate "$enterprises")"
h2_bank="$bank"
if [[ -z "$skip_h2" && "$h2_enterprises" != "$enterprises" ]]; then
  h2_bank="$(generate "$h2_enterprises")"
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1)," \
  "$(psql -X -h 127.0.0.1 -U postgres -d test -tAc 'SHOW server_version') PostgreSQL"
echo "bank: $enterprises enterprises (PG, \\copy)$([[ -z "$skip_h2" ]] && echo ", $h2_enterprises (H2)");" \
  "transactions.csv $(du -h "$bank/transactions.csv" | cut -f1); heap -Xmx$xmx; runs $runs"
echo
java -cp "$here/bench/target/classes" io.loanradar.bench.ImportBench \
  --jar "$jar" --bank "$bank" --h2-bank "$h2_bank" --runs "$runs" --xmx "$xmx" \
  --work "$dir/work" $skip_h2

if [[ -z "$keep" ]]; then
  rm -rf "$dir"/bank-*
fi
