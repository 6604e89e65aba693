#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs `BIN extract articles/X.txt --published <gold published date>` for the six articles into pred/X.json,
# then scores them with the reference scorer and prints only the totals over all six articles.
set -uo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN=$(readlink -f "$1")
cd "$(dirname "$(readlink -f "$0")")" || exit 1
mkdir -p pred
: > pred/extract.log
fail=0
for t in articles/*.txt; do
  stem=$(basename "$t" .txt)
  pub=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "gold/$stem.gold.json")
  if ! "$BIN" extract "$t" --published "$pub" > "pred/$stem.json" 2>> pred/extract.log; then
    fail=$((fail + 1))
  fi
done
[ "$fail" -gt 0 ] && echo "extract failures: $fail (see pred/extract.log)"
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null \
  | grep -v '^offset problem:'
