#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs `BIN extract articles/X.txt --published <gold published date>` for the six articles into pred/X.json,
# then scores them with the project's reference scorer and prints only the totals over all six articles.
set -uo pipefail
BIN="${1:?usage: score_all.sh BIN}"
if [[ "$BIN" == */* ]]; then
  BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
fi
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" || exit 1
mkdir -p pred
fail=0
for t in articles/*.txt; do
  s="$(basename "$t" .txt)"
  pub="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "gold/$s.gold.json")"
  if ! "$BIN" extract "$t" --published "$pub" > "pred/$s.json" 2>/dev/null; then
    fail=$((fail + 1))
  fi
done
[ "$fail" -gt 0 ] && echo "extraction failed on $fail article(s)" >&2
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null | grep -v '^offset problem:'
