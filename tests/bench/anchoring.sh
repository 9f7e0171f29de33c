#!/usr/bin/env bash
# Event placement against TimeBank/AQUAINT: runs `parley timeline --jsonl` over the TBAQ corpus
# and scores it with ../shared/eval/score_anchoring.py (agreement, contradiction rate, coverage).
# Usage: tests/bench/anchoring.sh [path/to/parley]   (skips when ../shared is absent)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${PARLEY_SHARED_DIR:-$here/../shared}"
parley="${1:-$here/build/parley}"
if [[ ! -f "$shared/corpora/tbaq.jsonl" || ! -f "$shared/eval/score_anchoring.py" ]]; then
  echo "anchoring: $shared not found, skipped"
  exit 0
fi
pred="$(mktemp)"
trap 'rm -f "$pred"' EXIT
start=$(date +%s.%N)
python3 -c 'import json,sys
for l in sys.stdin:
    d=json.loads(l); print(json.dumps({"id":d["id"],"text":d["text"],"dct":d["dct"]}))' \
  < "$shared/corpora/tbaq.jsonl" | "$parley" timeline --jsonl > "$pred"
end=$(date +%s.%N)
echo "parley timeline --jsonl: $(wc -l < "$pred") documents in $(echo "$end - $start" | bc) s"
python3 "$shared/eval/score_anchoring.py" "$shared/corpora/tbaq" --pred "$pred" "${@:2}"
