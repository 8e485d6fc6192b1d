#!/usr/bin/env bash
# Instructions per scoring pass (ICP + compile + score 1,000 corpus profiles, explain 20),
# counted by callgrind inside the example's `passes` function: unlike a timing, the count does
# not move with the machine's load. valgrind is installed from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PASSES=${PASSES:-5}
if ! command -v valgrind >/dev/null; then
  echo "bench-instructions: installing valgrind (Debian package)" >&2
  apt-get install -y -q valgrind >/dev/null
fi
${CARGO:-cargo} build -q --release -p sourcing-domain --example scoring_pass
BIN=${CARGO_TARGET_DIR:-target}/release/examples/scoring_pass
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*scoring_pass*passes*' \
  --callgrind-out-file=/dev/null "$BIN" "$PASSES" >"$OUT" 2>&1
total=$(grep -oP 'Collected : \K[0-9]+' "$OUT" || grep -oP 'refs:\s+\K[0-9,]+' "$OUT" | tr -d ,)
echo "scoring pass (ICP + compile + score 1,000 profiles, explain 20): $((total / PASSES)) instructions a pass, $((total / PASSES / 1000)) a profile ($PASSES passes under callgrind)"
