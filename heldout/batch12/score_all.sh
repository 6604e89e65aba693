#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs BIN extract on each article of this held-out batch (with the gold's publication date),
# writes pred/<stem>.json, scores with the project's reference scorer, and prints only the
# totals over all articles.
set -uo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN="$1"
case "$BIN" in
  /*) ;;
  */*) BIN="$PWD/$BIN" ;;
  *) BIN="$(command -v "$BIN" || echo "$BIN")" ;;
esac
cd "$(dirname "$(readlink -f "$0")")" || exit 1
mkdir -p pred
fail=0
for t in articles/*.txt; do
  stem="$(basename "$t" .txt)"
  gold="gold/$stem.gold.json"
  [ -f "$gold" ] || continue
  pub="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "$gold")"
  if ! "$BIN" extract "$t" --published "$pub" > "pred/$stem.json" 2>/dev/null; then
    fail=$((fail + 1))
  fi
done
[ "$fail" -eq 0 ] || echo "extraction failures: $fail" >&2
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>&1 \
  | grep -v -e '^offset problem:' -e '^no prediction for '
