#!/usr/bin/env bash
# Page load benchmark: starts `loanradar serve` on a store, signs in 20 concurrent users with
# form login and measures the workbench, customer 360 and dashboard response times (p50/p95/p99)
# with io.loanradar.bench.PageLoadBench, RUNS times. See docs/performance.md.
#
#   bench/run-load-bench.sh --demo-dir DIR            # the H2 demo bank (imports it on first start)
#   bench/run-load-bench.sh --schema bench_100k       # a PostgreSQL schema already loaded
#       [--users 20] [--seconds 60] [--warmup 20] [--runs 3] [--xmx 2g] [--port 18080]
#       [--accounts rm1,rm2,branch,exec] [--think-ms 0|N|MIN-MAX] [--skip-build]
#       [--server-opts "JVM OPTIONS"]
#
# --think-ms: each virtual user waits between requests, uniformly MIN..MAX ms (default 0: none).
# --server-opts: extra JVM options for the server, e.g. a flight recording:
#   --server-opts "-XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile"
#
# With --schema, the users rm1, rm2 (the two RMs with most customers in the largest branch),
# branch (that branch's manager) and exec are created in the schema when missing, password
# radar-demo. Server and driver share the machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
demo_dir="" schema="" users=20 seconds=60 warmup=20 runs=3 xmx=2g port=18080
accounts="rm1,rm2,branch,exec" think_ms=0 skip_build="" server_opts=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --demo-dir) demo_dir="$2"; shift 2 ;;
    --schema) schema="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --accounts) accounts="$2"; shift 2 ;;
    --think-ms) think_ms="$2"; shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    --server-opts) server_opts="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$demo_dir" && -z "$schema" ]]; then
  echo "give --demo-dir DIR or --schema NAME" >&2; exit 2
fi
if [[ -z "$skip_build" ]]; then
  (cd "$here" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true install) >&2
fi
work="$(mktemp -d /tmp/loanradar-load.XXXXXX)"
# a copy, so that a build elsewhere cannot rewrite the jar under the running server
cp "$here/app/target/loanradar.jar" "$work/loanradar.jar"
jar="$work/loanradar.jar"
args=(serve --port "$port")
if [[ -n "$schema" ]]; then
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
  export SPRING_DATASOURCE_USERNAME=postgres
  q() { psql -X -q -h 127.0.0.1 -U postgres -d test -tAc "SET search_path TO $schema; $1"; }
  branch="$(q "SELECT branch_id FROM enterprise WHERE branch_id IS NOT NULL GROUP BY branch_id ORDER BY COUNT(*) DESC, branch_id LIMIT 1")"
  mapfile -t rms < <(q "SELECT rm_id FROM enterprise WHERE branch_id = '$branch' GROUP BY rm_id ORDER BY COUNT(*) DESC, rm_id LIMIT 2")
  add() {
    if [[ "$(q "SELECT COUNT(*) FROM app_user WHERE username = '$1'")" == "0" ]]; then
      java -jar "$jar" users add "$@" --password radar-demo >/dev/null
    fi
  }
  add rm1 --roles RM --rm "${rms[0]}"
  add rm2 --roles RM --rm "${rms[1]}"
  add branch --roles BRANCH_MANAGER --branch "$branch"
  add exec --roles EXECUTIVE
  echo "store: PostgreSQL schema $schema, $(q "SELECT COUNT(*) FROM enterprise") enterprises;" \
    "rm1 = ${rms[0]} ($(q "SELECT COUNT(*) FROM enterprise WHERE rm_id = '${rms[0]}'") customers)," \
    "branch = $branch ($(q "SELECT COUNT(*) FROM enterprise WHERE branch_id = '$branch'") customers)"
else
  args+=(--demo --data-dir "$demo_dir")
  echo "store: H2 demo bank in $demo_dir"
fi
# shellcheck disable=SC2086 # the options are a list of words
java "-Xmx$xmx" $server_opts -jar "$jar" "${args[@]}" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
# ready when rm1 can sign in (in demo mode the users appear once the demo import has finished)
for _ in $(seq 1 600); do
  if java -cp "$here/bench/target/classes" io.loanradar.bench.PageLoadBench --base \
    "http://127.0.0.1:$port" --accounts rm1 --users 1 --warmup 0 --seconds 1 >/dev/null 2>&1; then
    break
  fi
  kill -0 $server 2>/dev/null || { tail -50 "$work/server.log" >&2; exit 1; }
  sleep 2
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); server -Xmx$xmx"
for r in $(seq 1 "$runs"); do
  echo; echo "## run $r"
  java -cp "$here/bench/target/classes" io.loanradar.bench.PageLoadBench --base \
    "http://127.0.0.1:$port" --accounts "$accounts" --users "$users" --warmup "$warmup" \
    --seconds "$seconds" --think-ms "$think_ms"
  echo "server RSS $(( $(ps -o rss= -p $server) / 1024 )) MiB"
done
