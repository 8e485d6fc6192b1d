#!/usr/bin/env bash
# Instructions per scoring pass (ICP + compile + score 1,000 corpus profiles, explain 20),
# counted by callgrind inside the example's `passes` function: unlike a timing, the count does
# not move with the machine's load. Two figures: the profiles as the local index hands them out
# (with the analysis it made at load) and as a remote index does (read on the spot).
# valgrind is installed from Debian's packages when missing.
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
for mode in analysed raw; do
  valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*scoring_pass*passes*' \
    --callgrind-out-file=/dev/null "$BIN" "$PASSES" "$mode" >"$OUT" 2>&1
  total=$(grep -oP 'Collected : \K[0-9]+' "$OUT" || grep -oP 'refs:\s+\K[0-9,]+' "$OUT" | tr -d ,)
  case $mode in
    analysed) what="profiles analysed at index load (the local index)" ;;
    raw) what="profiles read on the spot (a remote index)" ;;
  esac
  echo "scoring pass (ICP + compile + score 1,000 profiles, explain 20), $what: $((total / PASSES)) instructions a pass, $((total / PASSES / 1000)) a profile ($PASSES passes under callgrind)"
done
