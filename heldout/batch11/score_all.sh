#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs `BIN extract articles/X.txt --published DATE` for each article (DATE = first 10
# characters of the gold file's `published`), writes pred/X.json, scores with the shared
# scorer and prints only the totals over all six articles.
set -uo pipefail
if [ $# -lt 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN="$1"
case "$BIN" in
  /*) ;;
  */*) BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" ;;
  *) BIN="$(command -v "$BIN" || echo "$BIN")" ;;
esac
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" || exit 1
mkdir -p pred
failed=0
for txt in articles/*.txt; do
  stem="$(basename "$txt" .txt)"
  pub="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "gold/$stem.gold.json")"
  if ! "$BIN" extract "$txt" --published "$pub" > "pred/$stem.json" 2>/dev/null; then
    failed=$((failed + 1))
  fi
done
[ "$failed" -gt 0 ] && echo "extraction failed for $failed of $(ls articles/*.txt | wc -l) articles"
# totals only: drop per-item offset-problem lines and per-article stderr notes
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null \
  | grep -v '^offset problem:'
