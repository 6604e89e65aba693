#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs `BIN extract articles/X.txt --published <gold published date>` for every article into pred/X.json,
# then scores all predictions against gold/ and prints only the totals over all articles.
set -uo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN="$1"
# resolve BIN before changing directory (a path relative to the caller's cwd, or a command on PATH)
if [[ "$BIN" == */* ]]; then BIN="$(readlink -f -- "$BIN")"; else BIN="$(command -v -- "$BIN")" || { echo "not found: $1" >&2; exit 2; }; fi
cd "$(dirname "$(readlink -f -- "${BASH_SOURCE[0]}")")" || exit 2
mkdir -p pred
failed=0
for txt in articles/*.txt; do
  stem="$(basename "$txt" .txt)"
  pub="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "gold/$stem.gold.json")"
  if ! "$BIN" extract "$txt" --published "$pub" > "pred/$stem.json" 2> "pred/$stem.err"; then
    failed=$((failed + 1))
  fi
done
[ "$failed" -gt 0 ] && echo "extraction failed for $failed article(s)"
# totals only: drop per-item offset-problem lines and per-article notices on stderr
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null | grep -v '^offset problem:'
