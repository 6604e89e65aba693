#!/usr/bin/env bash
# Usage: score_all.sh BIN
# Runs BIN extract on the six articles (with each gold's publication date) into pred/,
# then scores them with the reference scorer and prints only the totals over all six.
set -u
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN="$1"
case "$BIN" in /*) ;; *) BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" ;; esac
cd "$(dirname "$(readlink -f "$0")")" || exit 1
mkdir -p pred
: > pred/extract.log
for txt in articles/*.txt; do
  stem="$(basename "$txt" .txt)"
  gold="gold/$stem.gold.json"
  pub="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["published"][:10])' "$gold")"
  if ! "$BIN" extract "$txt" --published "$pub" > "pred/$stem.json" 2>> pred/extract.log; then
    echo "extract failed on one article (see pred/extract.log)" >&2
  fi
done
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null \
  | grep -E '^(entities|times|quantities|quotes|events|events_strict|event args|offset problems:)'
