#!/usr/bin/env bash
# Usage: score_all.sh BIN — run BIN on the six articles and print the totals over all six.
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN=$(readlink -f "$1")
cd "$(dirname "$(readlink -f "$0")")"
mkdir -p pred
for txt in articles/*.txt; do
  stem=$(basename "$txt" .txt)
  pub=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["published"][:10])' "gold/$stem.gold.json")
  "$BIN" extract "$txt" --published "$pub" > "pred/$stem.json"
done
# score.py prints only totals in --gold-dir mode; keep just its summary lines
python3 /work/shared/tools/score.py --gold-dir gold --pred-dir pred --text-dir articles 2>/dev/null \
  | grep -E '^(entities|times|quantities|quotes|events|events_strict|event args|offset problems)'
