#!/usr/bin/env bash
# The served API description, checked against the real binary on a fresh database (issue 13):
#   tools/api-check.sh docs  GET /docs in headless Chromium: the page makes no network request
#                            (no CDN, no script), renders every operation of /openapi.json and
#                            has no sideways scroll; screenshots in target/docs/.
#   tools/api-check.sh fuzz  openapi-spec-validator: /openapi.json is valid OpenAPI 3.1; then
#                            schemathesis (PyPI, pinned below, installed when missing) over every
#                            operation of /openapi.json with a key of every scope, all phases
#                            (examples, coverage, fuzzing, stateful along the spec's links): no
#                            5xx, every status, content type, body and header as the spec says,
#                            auth enforced, deleted webhooks gone. Any finding fails.
#                            Not checked: positive_data_acceptance and negative_data_rejection,
#                            which ask the spec to encode every validation rule (no duplicate
#                            ids, a period within 1970-9999, a url that resolves publicly) and
#                            the server to refuse `null` for an optional field and `5.0` for an
#                            integer; the server is deliberately stricter or more lenient there.
# The server runs with `serve` on a free port, workers on (runs really go through), rate limits
# raised so the fuzzer explores instead of meeting 429. The database and the server are removed
# on exit, whatever happens.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

MODE=${1:?usage: tools/api-check.sh docs|fuzz}
SCHEMATHESIS_VERSION=4.32.5
SPEC_VALIDATOR_VERSION=0.9.0
MAX_EXAMPLES=${API_CHECK_MAX_EXAMPLES:-40}
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/debug/sourcing
OUT=$ROOT/target/$MODE-check
BASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sourcing}
DB_NAME="sourcing_api_check_$$"
SERVER_URL=${BASE_URL%/*}
started=$(date +%s)

log() { printf '%s\n' "api-check $MODE: $*" >&2; }
fail() {
	log "FAIL: $*"
	exit 1
}

${CARGO:-cargo} build -q --bin sourcing
DATABASE_URL=$BASE_URL bash tools/db-up.sh >/dev/null
rm -rf "$OUT"
mkdir -p "$OUT"

SERVE_PID=
cleanup() {
	if [ -n "$SERVE_PID" ]; then
		kill "$SERVE_PID" 2>/dev/null || true
		wait "$SERVE_PID" 2>/dev/null || true
	fi
	psql -q "$SERVER_URL/postgres" -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" \
		>/dev/null 2>&1 || log "could not drop database $DB_NAME"
}
trap cleanup EXIT INT TERM

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DATABASE_URL=$SERVER_URL/$DB_NAME
export SOURCING__SERVER__BIND=127.0.0.1:$PORT
for limit in CREATE_RUN PATCH_RUN GET_RUN_RESULTS CREATE_ENRICHMENT GET_ENRICHMENT_RESULTS \
	RENDER_HTML BILLING_USAGE TEST_WEBHOOK FAILED_AUTH_PER_IP; do
	export "SOURCING__RATE_LIMITS__$limit=1000000"
done
"$BIN" migrate --create-database 2>"$OUT/migrate.log" || fail "migrate (see $OUT/migrate.log)"
COMPANY=$("$BIN" admin company create --name "API check" --billing postpaid | json_field id)
KEY=$("$BIN" admin key create --company "$COMPANY" --name api-check \
	--scopes sourcing:write,sourcing:read,enrich:write,read:webhooks,write:webhooks,read:billing |
	json_field key)
"$BIN" serve >"$OUT/serve.log" 2>&1 &
SERVE_PID=$!
URL=http://127.0.0.1:$PORT
for _ in $(seq 1 300); do
	curl -fs "$URL/readyz" >/dev/null 2>&1 && break
	kill -0 "$SERVE_PID" 2>/dev/null || fail "serve exited (see $OUT/serve.log)"
	sleep 0.1
done
curl -fs "$URL/readyz" >/dev/null || fail "serve is not ready after 30 s (see $OUT/serve.log)"
curl -fs "$URL/openapi.json" >"$OUT/openapi.json" || fail "GET /openapi.json"

case "$MODE" in
docs)
	command -v chromium >/dev/null 2>&1 || fail "chromium is missing: make browser-check installs it"
	browser=/usr/lib/chromium/chromium
	[ -x "$browser" ] || browser=$(command -v chromium)
	python3 - "$browser" "$URL" "$OUT" <<'PY' || fail "see above (Chromium log: $OUT/chromium.log)"
import json, os, sys

sys.path.insert(0, "tools")
from cdp import Browser  # noqa: E402

BROWSER, URL, OUT = sys.argv[1:4]
spec = json.load(open(os.path.join(OUT, "openapi.json")))
expected = sorted(op["operationId"] for item in spec["paths"].values() for op in item.values())
problems = []
with open(os.path.join(OUT, "chromium.log"), "wb") as log:
    browser = Browser(BROWSER, log, bypass=URL.removeprefix("http://"))
    try:
        for width in (1200, 360):
            page = f"{URL}/docs"
            session, requests, title = browser.load(page, width)
            where = f"/docs at {width} px"
            if not title.startswith(spec["info"]["title"]):
                problems.append(f"{where}: the title is {title!r}: the page did not load")
            foreign = [r for r in requests if r != page]
            if foreign:
                problems.append(f"{where}: network requests beyond the page: {foreign}")
            rendered = browser.evaluate(
                session, "[...document.querySelectorAll('section.op h3 .m')]"
                         ".map(e => e.closest('section').id)")
            if sorted(rendered) != expected:
                problems.append(f"{where}: operations rendered {sorted(rendered)}, "
                                f"in the spec {expected}")
            scripts = browser.evaluate(session, "document.scripts.length")
            if scripts:
                problems.append(f"{where}: {scripts} <script> elements")
            overflow = browser.evaluate(
                session, "document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                problems.append(f"{where}: the page scrolls sideways by {overflow} px")
            browser.screenshot(session, width, os.path.join(OUT, f"docs-{width}.png"))
    finally:
        browser.close()
for p in problems:
    print(f"api-check docs: {p}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"api-check docs: {len(expected)} operations rendered, no request beyond the page")
PY
	mkdir -p "$ROOT/target/docs"
	cp "$OUT"/docs-*.png "$ROOT/target/docs/"
	log "ok ($(($(date +%s) - started)) s); screenshots in target/docs/docs-{1200,360}.png"
	;;
fuzz)
	if ! st --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
		log "installing schemathesis==$SCHEMATHESIS_VERSION (PyPI)"
		python3 -m pip install -q "schemathesis==$SCHEMATHESIS_VERSION" ||
			fail "could not install schemathesis==$SCHEMATHESIS_VERSION"
	fi
	if ! python3 -c 'import openapi_spec_validator' 2>/dev/null; then
		log "installing openapi-spec-validator==$SPEC_VALIDATOR_VERSION (PyPI)"
		python3 -m pip install -q "openapi-spec-validator==$SPEC_VALIDATOR_VERSION" ||
			fail "could not install openapi-spec-validator==$SPEC_VALIDATOR_VERSION"
	fi
	python3 -c 'import json, sys
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
validate(json.load(open(sys.argv[1])), cls=OpenAPIV31SpecValidator)' "$OUT/openapi.json" ||
		fail "/openapi.json is not valid OpenAPI 3.1"
	log "/openapi.json is valid OpenAPI 3.1"
	# from $OUT, so hypothesis's and schemathesis's example databases stay under target/
	(cd "$OUT" && st --no-color run "$URL/openapi.json" \
		--header "Authorization: Bearer $KEY" \
		--checks all \
		--exclude-checks positive_data_acceptance,negative_data_rejection \
		--max-examples "$MAX_EXAMPLES" \
		--generation-deterministic \
		--workers 2 \
		--continue-on-failure \
		--request-timeout 30 \
		--report junit --report-dir "$OUT") 2>&1 | tee "$OUT/schemathesis.log" ||
		fail "schemathesis found problems (above; server log: $OUT/serve.log)"
	log "ok ($(($(date +%s) - started)) s)"
	;;
*) fail "unknown mode $MODE (docs or fuzz)" ;;
esac
