#!/usr/bin/env bash
# Whole-process throughput of `parley tag --jsonl` (start-up, JSON in and out, tagging) over the
# TBAQ and Reuters JSON lines, in MB of article text per second of wall time.
# Usage: tests/bench/throughput.sh [path/to/parley]   (skips when ../shared is absent)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${PARLEY_SHARED_DIR:-$here/../shared}"
parley="${1:-$here/build/parley}"
if [[ ! -d "$shared/corpora" ]]; then
  echo "throughput: $shared/corpora not found, skipped"
  exit 0
fi
for corpus in tbaq.jsonl reuters21578.jsonl; do
  file="$shared/corpora/$corpus"
  [[ -f "$file" ]] || { echo "throughput: $corpus not found, skipped"; continue; }
  # The rate counts article text, not JSON: the same bytes the tagger core benchmark counts.
  text_bytes=$(python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$file")
  start=$(date +%s.%N)
  "$parley" tag --jsonl < "$file" > /dev/null
  end=$(date +%s.%N)
  python3 -c 'import sys
b, s = int(sys.argv[2]), float(sys.argv[4]) - float(sys.argv[3])
print(f"{sys.argv[1]}: {b / 1e6:.2f} MB of text in {s:.2f} s = {b / 1e6 / s:.2f} MB/s")' \
    "$corpus" "$text_bytes" "$start" "$end"
done
