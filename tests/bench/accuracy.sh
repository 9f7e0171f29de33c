#!/usr/bin/env bash
# TempEval-3 Task A accuracy of `parley tag` on TimeBank+AQUAINT (the development set).
# Usage: tests/bench/accuracy.sh [PARLEY_BINARY] [TIMEML_DIR]
# Converts the TimeML files to the JSON lines protocol with the shared converter, runs the tagger
# as one process, and scores with the official-metric scorer. Prints the scorer's table.
# A benchmark script, not a test: it exits 0 and says so when ../shared is absent.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
parley=${1:-$here/build/parley}
shared=${PARLEY_SHARED:-$here/../shared}
corpus=${2:-$shared/corpora/tbaq}
if [[ ! -d "$corpus" || ! -f "$shared/eval/score_te3.py" ]]; then
  echo "accuracy: $corpus or $shared/eval not found; skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$shared/eval/timeml2jsonl.py" "$corpus" > "$work/gold.jsonl"
# The protocol input is the gold without its answers.
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"], "dct": d["dct"]}))
' "$work/gold.jsonl" > "$work/input.jsonl"
start=$(date +%s.%N)
"$parley" tag --jsonl < "$work/input.jsonl" > "$work/pred.jsonl"
end=$(date +%s.%N)
python3 "$shared/eval/score_te3.py" "$work/gold.jsonl" "$work/pred.jsonl" "${@:3}"
echo "documents: $(wc -l < "$work/input.jsonl"), tagging time (whole process): $(python3 -c "print(round($end - $start, 3))") s"
