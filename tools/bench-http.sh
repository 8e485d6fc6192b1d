#!/usr/bin/env bash
# make bench-http: the service under load beside the framework's own limit, in one run.
#
# Builds `sourcing` and `bench-bare` in release (target/bench), makes sure Postgres answers,
# creates and migrates a fresh database, seeds a company, keys and a completed run of 20
# candidates through the API, then measures with wrk (2 threads, BENCH_SECONDS each):
#   - GET /sourcing/{id}/results of that run, 32 connections
#   - POST /sourcing, the accept path alone (workers off), 8 connections
#   - bench-bare, a bare actix-web server sending the very same bytes, for both
# and prints req/s, p50, p99, non-2xx, the ratio to the bare server, and the RSS of `serve`
# before and after. Processes and the database are removed on exit, whatever happens.
# BENCH_SECONDS (default 10) sets each measurement's length; BENCH_PERF=1 then profiles `serve`
# under each load with perf into target/bench-http/{get,post}.perf.*.txt.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${BENCH_SECONDS:-10}
THREADS=2
GET_CONNS=32
POST_CONNS=8
TARGET_DIR=${BENCH_TARGET_DIR:-$ROOT/target/bench}
BIN=$TARGET_DIR/release/sourcing
BARE=$TARGET_DIR/release/bench-bare
WORK=$ROOT/target/bench-http
BASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sourcing}
DB_NAME="sourcing_bench_$$"
SERVER_URL=${BASE_URL%/*}
ADMIN_URL="$SERVER_URL/postgres"
DB_URL="$SERVER_URL/$DB_NAME"

log() { printf '%s\n' "bench-http: $*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    sudo apt-get install -y wrk >/dev/null
  fi
fi

log "building sourcing and bench-bare (release, $TARGET_DIR)"
CARGO_TARGET_DIR=$TARGET_DIR ${CARGO:-cargo} build -q --release \
  -p sourcing-app --bin sourcing -p sourcing-bench-bare --bin bench-bare

DATABASE_URL=$BASE_URL bash tools/db-up.sh

mkdir -p "$WORK"
rm -f "$WORK"/*.json "$WORK"/*.lua "$WORK"/*.log "$WORK"/*.perf.*
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 \
    || log "could not drop database $DB_NAME"
}
trap cleanup EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

export DATABASE_URL=$DB_URL
export SOURCING__RATE_LIMITS__GET_RUN_RESULTS=100000000
export SOURCING__RATE_LIMITS__CREATE_RUN=100000000
"$BIN" migrate --create-database 2>"$WORK/migrate.log"
COMPANY=$("$BIN" admin company create --name "Bench Co" --billing postpaid | json_field id)
GET_KEY=$("$BIN" admin key create --company "$COMPANY" --scopes sourcing:read,sourcing:write --name bench-get | json_field key)
POST_KEY=$("$BIN" admin key create --company "$COMPANY" --scopes sourcing:read,sourcing:write --name bench-post | json_field key)

# serve (workers per the argument) on a free port; waits until it is ready
SERVE_PID=
start_serve() {
  local workers=$1 port
  port=$(free_port)
  SOURCING__SERVER__BIND="127.0.0.1:$port" SOURCING__WORKER__RUN_IN_SERVE=$workers \
    "$BIN" serve >>"$WORK/serve.log" 2>&1 &
  SERVE_PID=$!
  PIDS+=("$SERVE_PID")
  SERVE="http://127.0.0.1:$port"
  for _ in $(seq 1 200); do
    curl -fsS "$SERVE/readyz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  log "serve did not become ready (see $WORK/serve.log)"
  exit 1
}
stop_serve() {
  kill "$SERVE_PID"
  wait "$SERVE_PID" 2>/dev/null || true
}

BODY='{"title": "Senior Backend Engineer", "jobDescription": "Python or Go, PostgreSQL, AWS, Docker, Kubernetes, REST APIs, 5+ years.", "location": "United States", "limit": 20}'

log "seeding a completed run of 20 candidates"
start_serve true
RUN=$(curl -fsS -X POST "$SERVE/sourcing" -H "Authorization: Bearer $GET_KEY" \
  -H 'Content-Type: application/json' -d "$BODY" | json_field requestId)
for _ in $(seq 1 600); do
  code=$(curl -s -o "$WORK/get.json" -w '%{http_code}' -H "Authorization: Bearer $GET_KEY" \
    "$SERVE/sourcing/$RUN/results")
  [ "$code" = 200 ] && break
  sleep 0.1
done
[ "$code" = 200 ] || { log "run $RUN did not complete"; exit 1; }
python3 - "$WORK/get.json" <<'EOF'
import json, sys
body = json.load(open(sys.argv[1]))
d = body.get("data", body)
n = len(d.get("candidates", []))
if d.get("status") != "completed" or n != 20:
    sys.exit(f"bench-http: expected a completed run of 20 candidates, got {d.get('status')} with {n}")
EOF
stop_serve

log "measuring (workers off, ${SECONDS_EACH}s each, $THREADS wrk threads)"
start_serve false
curl -fsS -o "$WORK/post.json" -X POST "$SERVE/sourcing" -H "Authorization: Bearer $POST_KEY" \
  -H 'Content-Type: application/json' -d "$BODY"
cmp -s "$WORK/get.json" <(curl -fsS -H "Authorization: Bearer $GET_KEY" "$SERVE/sourcing/$RUN/results") \
  || { log "the results body changed between two GETs"; exit 1; }

BARE_PORT=$(free_port)
"$BARE" "127.0.0.1:$BARE_PORT" "$WORK/get.json" "$WORK/post.json" >"$WORK/bare.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$BARE_PORT/" && break
  sleep 0.1
done
cmp -s "$WORK/get.json" <(curl -fsS "http://127.0.0.1:$BARE_PORT/sourcing/$RUN/results") \
  || { log "bench-bare does not serve the same bytes"; exit 1; }

# one machine-readable line per wrk run: requests/s, p50 ms, p99 ms, non-2xx, socket errors
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("WRK %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, errors))
end
EOF
lua_escape() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }
{
  echo "wrk.headers[\"Authorization\"] = $(lua_escape "Bearer $GET_KEY")"
  cat "$WORK/report.lua"
} >"$WORK/get.lua"
{
  echo 'wrk.method = "POST"'
  echo "wrk.body = $(lua_escape "$BODY")"
  echo 'wrk.headers["Content-Type"] = "application/json"'
  echo "wrk.headers[\"Authorization\"] = $(lua_escape "Bearer $POST_KEY")"
  cat "$WORK/report.lua"
} >"$WORK/post.lua"

measure() { # name conns script url
  # the previous phase's writes (a GET phase logs ~70 MB) go to disk now, not during this
  # measurement: their writeback stalled the accepts' commits (p99 190-300 ms instead of 13)
  sync
  wrk -t"$THREADS" -c"$2" -d2s -s "$3" "$4" >/dev/null 2>&1 # warm-up
  local line
  line=$(wrk -t"$THREADS" -c"$2" -d"${SECONDS_EACH}s" -s "$3" "$4" | grep '^WRK ')
  echo "$1 $2 ${line#WRK }" >>"$WORK/results.txt"
}
rm -f "$WORK/results.txt"
RSS_BEFORE=$(rss_kb "$SERVE_PID")
measure get-service "$GET_CONNS" "$WORK/get.lua" "$SERVE/sourcing/$RUN/results"
measure get-bare "$GET_CONNS" "$WORK/get.lua" "http://127.0.0.1:$BARE_PORT/sourcing/$RUN/results"
measure post-service "$POST_CONNS" "$WORK/post.lua" "$SERVE/sourcing"
measure post-bare "$POST_CONNS" "$WORK/post.lua" "http://127.0.0.1:$BARE_PORT/sourcing"
RSS_AFTER=$(rss_kb "$SERVE_PID")

# BENCH_PERF=1: profile serve under each load once more (not part of the figures above)
profile() { # name conns script url
  log "profiling serve under the $1 load (perf, cpu-clock, dwarf call graphs)"
  wrk -t"$THREADS" -c"$2" -d12s -s "$3" "$4" >/dev/null 2>&1 &
  local wrk_pid=$!
  sleep 1
  perf record -q -e cpu-clock -F 499 --call-graph dwarf,16384 -p "$SERVE_PID" \
    -o "$WORK/$1.perf.data" -- sleep 5 >/dev/null 2>&1 || log "perf record failed"
  # where the machine's CPU goes meanwhile (serve, postgres, wrk, the kernel)
  perf record -q -a -e cpu-clock -F 199 -o "$WORK/$1.all.perf.data" -- sleep 4 \
    >/dev/null 2>&1 || log "perf record -a failed"
  wait "$wrk_pid" || true
  perf report -i "$WORK/$1.all.perf.data" --sort comm --stdio 2>/dev/null \
    | grep -v '^$' >"$WORK/$1.perf.processes.txt" || true
  perf report -i "$WORK/$1.perf.data" --no-children --sort dso,symbol --percent-limit 0.5 \
    -g none --stdio 2>/dev/null | grep -v '^$' >"$WORK/$1.perf.self.txt" || true
  perf report -i "$WORK/$1.perf.data" --children --sort symbol --percent-limit 1 -g none \
    --stdio 2>/dev/null | grep -v '^$' >"$WORK/$1.perf.children.txt" || true
  log "profile: $WORK/$1.perf.{self,children,processes}.txt"
}
if [ "${BENCH_PERF:-0}" = 1 ] && command -v perf >/dev/null 2>&1; then
  profile get "$GET_CONNS" "$WORK/get.lua" "$SERVE/sourcing/$RUN/results"
  profile post "$POST_CONNS" "$WORK/post.lua" "$SERVE/sourcing"
fi

python3 - "$WORK/results.txt" "$RSS_BEFORE" "$RSS_AFTER" "$(wc -c <"$WORK/get.json")" <<'EOF'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, conns, rps, p50, p99, non2xx, errors = line.split()
    rows[name] = (int(conns), float(rps), float(p50), float(p99), int(non2xx), int(errors))
labels = {
    "get-service": "GET /sourcing/{id}/results (completed, 20 candidates)",
    "get-bare": "bare actix-web, same bytes (GET)",
    "post-service": "POST /sourcing accept (workers off)",
    "post-bare": "bare actix-web, same bytes (POST)",
}
print(f"\nGET body {sys.argv[4]} bytes; wrk -t2, warm-up 2 s, then the figures\n")
print("| measurement | connections | req/s | p50 ms | p99 ms | non-2xx | errors | vs bare |")
print("|---|---|---|---|---|---|---|---|")
for name in ["get-service", "get-bare", "post-service", "post-bare"]:
    conns, rps, p50, p99, bad, err = rows[name]
    bare = rows[name.split("-")[0] + "-bare"][1]
    ratio = "1" if name.endswith("bare") else f"{rps / bare:.3f}x"
    print(f"| {labels[name]} | {conns} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {bad} | {err} | {ratio} |")
before, after = int(sys.argv[2]), int(sys.argv[3])
print(f"\nRSS of serve: {before / 1024:.0f} MB before, {after / 1024:.0f} MB after")
EOF
