#!/usr/bin/env bash
# Proves that the committed data/ matches its generators. Called by `make data-check`.
#
# 1. Corpus (always, offline): regenerate data/corpus/* from the committed taxonomies, name
#    lists and tools/curated/sectors.json into a temp dir and compare byte for byte. The generator
#    also prints the corpus's sector, country and language mix (--mix) and fails when a sector of
#    the labour market (healthcare, skilled trades, logistics, manufacturing and engineering,
#    education, hospitality and retail, public sector) or one of its named roles is missing.
# 2. Evaluation set (always, offline): regenerate data/eval/set.json and compare.
# 3. Taxonomies and name lists: rebuild from the pinned packages in tools/.cache/ and compare.
#    Runs only when the cache is complete (it is gitignored, so CI skips this step); it never
#    downloads. Fill the cache with `python3 tools/build_data.py` (needs the registries).
set -euo pipefail
cd "$(dirname "$0")/.."

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

status=0
set +e
python3 tools/gen_corpus.py --out "$tmp" --mix
mix_rc=$?
set -e
if [ $mix_rc -ne 0 ]; then
  echo "data-check: tools/gen_corpus.py --mix failed (above)" >&2
  status=1
fi
for f in people.jsonl companies.jsonl; do
  if cmp -s "$tmp/$f" "data/corpus/$f"; then
    echo "data-check: data/corpus/$f matches tools/gen_corpus.py"
  else
    echo "data-check: data/corpus/$f differs from tools/gen_corpus.py output (run: python3 tools/gen_corpus.py)" >&2
    status=1
  fi
done

python3 tools/gen_eval_set.py --check || status=1
python3 tools/gen_eval_heldout.py --check || status=1
python3 tools/gen_eval_semantic.py --check || status=1

set +e
python3 tools/build_data.py --check
rc=$?
set -e
case $rc in
  0) echo "data-check: taxonomies and name lists match the pinned sources" ;;
  3) echo "data-check: SKIPPED taxonomy rebuild (tools/.cache has no pinned packages; offline)" ;;
  *) status=1 ;;
esac

total=$(du -cb data | tail -1 | cut -f1)
# 25 MiB of taxonomies, corpus and evaluation, and 8 MiB for the embedding model (data/model/)
budget=$((33 * 1024 * 1024))
if [ "$total" -ge "$budget" ]; then
  echo "data-check: data/ is $total bytes, over the $budget-byte budget" >&2
  status=1
else
  echo "data-check: data/ is $total bytes (budget $budget)"
fi
exit $status
