#!/usr/bin/env bash
# Ingest benchmark: generates N synthetic Arabic articles (default 10,000,
# 1.5–4 KB each, see examples/gen_articles.rs) and times `marsad ingest`
# into a fresh SQLite store with /usr/bin/time -v.
#
#   crates/marsad-store/bench/ingest.sh [N] [txt|jsonl] [JOBS]
#
# Prints articles/s (whole run: reading, extraction on all cores, storing,
# clustering), the time the single writer spent storing, and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-10000}
FORMAT=${2:-txt}
JOBS=${3:-$(nproc)}
TARGET=${CARGO_TARGET_DIR:-target}

cargo build --release -q -p marsad-cli --bin marsad
cargo build --release -q -p marsad-store --example gen_articles

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$TARGET/release/examples/gen_articles" "$work/in" "$N" "$FORMAT" 2>/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$TARGET/release/marsad" ingest "$work/in" --db "$work/bench.db" --jobs "$JOBS" -q --json \
    >"$work/summary.json" 2>"$work/time.txt"
python3 - "$work/summary.json" "$work/time.txt" "$work/bench.db" <<'PY'
import json, os, re, sys
s = json.load(open(sys.argv[1]))
t = open(sys.argv[2]).read()
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1)
cpu = re.search(r"Percent of CPU this job got: (\S+)", t).group(1)
db = sum(os.path.getsize(p) for p in [sys.argv[3], sys.argv[3] + "-wal"] if os.path.exists(p))
print(f"articles: {s['read']} read, {s['new']} new, {len(s['failed'])} failed")
print(f"throughput: {s['articles_per_second']:.0f} articles/s ({s['seconds']:.1f} s; wall {wall}, CPU {cpu})")
print(f"writer busy storing: {s['store_seconds']:.1f} s; events stored: {s['events']}")
print(f"peak RSS: {rss / 1024:.1f} MB; store size: {db / 1e6:.1f} MB")
PY
