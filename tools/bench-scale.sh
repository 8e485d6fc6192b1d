#!/usr/bin/env bash
# make bench-scale: the embedded people index at scale (issue 24).
#
# Generates SCALE_COUNT profiles (default 1,000,000; tools/gen_scale_corpus.py: the shipped
# corpus repeated with new ids, other names, skills in another order, varied headlines) into
# target/scale/, builds `sourcing` in release (target/bench), then on a fresh database:
#   - spawns `serve` (workers in it) over that corpus and times spawn → ready (/readyz) and
#     spawn → the first completed run;
#   - runs ten different ads (limit 20) one after another and times each from POST to a
#     completed result (p50, p95);
#   - reads the RSS of `serve` after the runs.
# Prints one summary; processes and the database are removed on exit, whatever happens.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
COUNT=${SCALE_COUNT:-1000000}
TARGET_DIR=${BENCH_TARGET_DIR:-$ROOT/target/bench}
BIN=$TARGET_DIR/release/sourcing
WORK=$ROOT/target/scale
CORPUS=$WORK/people-$COUNT.jsonl
BASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sourcing}
DB_NAME="sourcing_scale_$$"
SERVER_URL=${BASE_URL%/*}
ADMIN_URL="$SERVER_URL/postgres"
DB_URL="$SERVER_URL/$DB_NAME"

log() { printf '%s\n' "bench-scale: $*" >&2; }
now_ms() { date +%s%3N; }

mkdir -p "$WORK"
if [ ! -s "$CORPUS" ] || [ tools/gen_scale_corpus.py -nt "$CORPUS" ] \
  || [ data/corpus/people.jsonl -nt "$CORPUS" ]; then
  log "generating $COUNT profiles into $CORPUS"
  python3 tools/gen_scale_corpus.py "$COUNT" "$CORPUS"
fi

log "building sourcing (release, $TARGET_DIR)"
CARGO_TARGET_DIR=$TARGET_DIR ${CARGO:-cargo} build -q --release -p sourcing-app --bin sourcing

DATABASE_URL=$BASE_URL bash tools/db-up.sh

SERVE_PID=
cleanup() {
  [ -n "$SERVE_PID" ] && { kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; }
  psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 \
    || log "could not drop database $DB_NAME"
}
trap cleanup EXIT INT TERM

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

export DATABASE_URL=$DB_URL
export SOURCING__SEARCH__CORPUS=$CORPUS
export SOURCING__RATE_LIMITS__CREATE_RUN=100000000
export SOURCING__RATE_LIMITS__GET_RUN_RESULTS=100000000
"$BIN" migrate --create-database 2>"$WORK/migrate.log"
COMPANY=$("$BIN" admin company create --name "Scale Co" --billing postpaid | json_field id)
KEY=$("$BIN" admin key create --company "$COMPANY" --scopes sourcing:read,sourcing:write \
  --name scale | json_field key)

PORT=$(free_port)
SERVE="http://127.0.0.1:$PORT"
SPAWNED=$(now_ms)
SOURCING__SERVER__BIND="127.0.0.1:$PORT" "$BIN" serve >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
until curl -fsS "$SERVE/readyz" >/dev/null 2>&1; do
  kill -0 "$SERVE_PID" 2>/dev/null || { log "serve exited (see $WORK/serve.log)"; exit 1; }
  sleep 0.05
done
READY=$(now_ms)

# one run: POST the ad, poll until it is completed; prints the milliseconds from POST
run_ad() {
  local body=$1 started id code status
  started=$(now_ms)
  id=$(curl -fsS -X POST "$SERVE/sourcing" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' -d "$body" | json_field requestId)
  for _ in $(seq 1 6000); do
    code=$(curl -s -o "$WORK/result.json" -w '%{http_code}' -H "Authorization: Bearer $KEY" \
      "$SERVE/sourcing/$id/results")
    [ "$code" = 200 ] && break
    sleep 0.01
  done
  status=$(json_field status <"$WORK/result.json")
  [ "$status" = completed ] || { log "run $id ended $status (code $code)"; exit 1; }
  echo $(($(now_ms) - started))
}

ADS=(
  '{"title": "Senior Site Reliability Engineer", "jobDescription": "Kubernetes, Terraform, Go, AWS; on call. 5+ years.", "location": "Berlin, Germany", "limit": 20}'
  '{"title": "Data Engineer", "jobDescription": "Python, Spark, Airflow, SQL, dbt.", "location": "Amsterdam", "limit": 20}'
  '{"title": "Pflegefachkraft (m/w/d)", "jobDescription": "Examinierte Pflegekraft für die Intensivstation.", "location": "Hamburg", "limit": 20}'
  '{"title": "Product Designer", "jobDescription": "Figma, design systems, user research.", "location": "London, UK", "limit": 20}'
  '{"title": "Senior Backend Engineer", "jobDescription": "Python or Go, PostgreSQL, Docker, REST APIs, 5+ years.", "location": "United States", "limit": 20}'
  '{"title": "Account Executive", "jobDescription": "B2B SaaS sales, Salesforce, quota carrying.", "location": "Remote (EU)", "limit": 20}'
  '{"title": "Électricien", "jobDescription": "Installations électriques, habilitations.", "location": "Lyon", "limit": 20}'
  '{"title": "HR Business Partner", "jobDescription": "Employee relations, Workday, change management.", "location": "Dublin", "limit": 20}'
  '{"title": "iOS Engineer", "jobDescription": "Swift, SwiftUI, UIKit.", "location": "Hong Kong", "limit": 20}'
  '{"title": "Accountant", "jobDescription": "IFRS, month-end close, Excel; CPA.", "location": "Toronto", "limit": 20}'
)

log "ready after $((READY - SPAWNED)) ms; running ${#ADS[@]} ads"
FIRST=$(run_ad "${ADS[0]}")
FIRST_DONE=$(now_ms)
LATENCIES=("$FIRST")
for ad in "${ADS[@]:1}"; do
  LATENCIES+=("$(run_ad "$ad")")
done
RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$SERVE_PID/status")

python3 - "$COUNT" "$((READY - SPAWNED))" "$((FIRST_DONE - SPAWNED))" "$RSS_KB" "${LATENCIES[@]}" <<'EOF'
import statistics, sys
count, ready, first, rss = (int(a) for a in sys.argv[1:5])
lat = sorted(int(a) for a in sys.argv[5:])
p95 = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))]
print(f"bench-scale: {count:,} profiles")
print(f"  spawn -> ready            {ready / 1000:.1f} s")
print(f"  spawn -> first completed  {first / 1000:.1f} s")
print(f"  RSS after {len(lat)} runs        {rss / 1024:.0f} MB")
print(f"  run latency (limit 20)    p50 {statistics.median(lat) / 1000:.2f} s, p95 {p95 / 1000:.2f} s")
EOF
