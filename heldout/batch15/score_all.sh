#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs BIN extract on each article of this batch (with the gold's publication date),
# writes pred/X.json, scores with the project's reference scorer and prints ONLY the
# totals over all six articles (no per-article or per-item lines).
set -u
if [ $# -ne 1 ]; then
  echo "usage: $0 BIN" >&2
  exit 2
fi
BIN="$1"
case "$BIN" in
  /*) ;;
  *) BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" ;;
esac
cd "$(dirname "$(readlink -f "$0")")" || exit 1
mkdir -p pred
fail=0
for txt in articles/*.txt; do
  stem="$(basename "$txt" .txt)"
  gold="gold/$stem.gold.json"
  [ -f "$gold" ] || continue
  pub="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "$gold")"
  if ! "$BIN" extract "$txt" --published "$pub" > "pred/$stem.json" 2>/dev/null; then
    fail=$((fail + 1))
  fi
done
echo "extract failures: $fail"
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null \
  | grep -v '^offset problem:'
