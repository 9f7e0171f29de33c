#!/usr/bin/env bash
# Throughput of `python3 -m parley.distributed tag` on a LocalCluster of 1 and 2 worker processes
# over Reuters-21578 split into 4 JSON-lines shards, beside `parley tag --jsonl --jobs 1|2` on the
# same lines. MB/s is input JSON (and, in brackets, article text) per second of wall time, start-up
# included: the cluster's (about 2 s) for Dask, the process's for the command. CPU is user+sys
# seconds of the whole process tree (workers included): on a loaded machine it says more than the
# wall time. Each output is checked before its figure is printed.
# Usage: tests/bench/scale_dask.sh [BUILD_DIR]   (skips when ../shared or dask is absent)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
shared="${PARLEY_SHARED_DIR:-$here/../shared}"
python="${PARLEY_PYTHON:-/usr/bin/python3}"
corpus="$shared/corpora/reuters21578.jsonl"
[[ -f "$corpus" ]] || { echo "scale_dask: $corpus not found, skipped"; exit 0; }
"$python" -c 'import dask.distributed' 2>/dev/null || { echo "scale_dask: $python has no dask.distributed, skipped"; exit 0; }
[[ -d "$build/python/parley" ]] || { echo "scale_dask: $build/python/parley not built" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
split -n l/4 -d --additional-suffix=.jsonl "$corpus" "$work/shard-"
json_bytes=$(stat -c %s "$corpus")
text_bytes=$("$python" -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$corpus")
sorted_lines() { "$python" -c 'import json,sys
for l in sorted(sys.stdin, key=lambda l: json.loads(l)["id"]): sys.stdout.write(l)'; }

"$build/parley" tag --jsonl --jobs 1 < "$corpus" | sorted_lines > "$work/expected.jsonl"
timed() { /usr/bin/time -f "%e %U %S" -o "$work/time" "$@"; }
rate() {  # label; reads $work/time
  "$python" -c 'import sys
j, t = int(sys.argv[2]), int(sys.argv[3])
wall, user, system = map(float, open(sys.argv[4]).read().split()[-3:])
print(f"{sys.argv[1]:32s} {wall:6.2f} s  {j / 1e6 / wall:6.2f} MB/s JSON  ({t / 1e6 / wall:5.2f} MB/s text)  "
      f"CPU {user + system:6.2f} s")' "$1" "$json_bytes" "$text_bytes" "$work/time"
}
echo "Reuters-21578: $((json_bytes / 1000)) kB JSON, $((text_bytes / 1000)) kB text, $(wc -l < "$corpus") articles, 4 shards"
for jobs in 1 2; do
  timed "$build/parley" tag --jsonl --jobs "$jobs" < "$corpus" > "$work/cli.jsonl"
  sorted_lines < "$work/cli.jsonl" | cmp -s - "$work/expected.jsonl" || { echo "scale_dask: --jobs $jobs differs" >&2; exit 1; }
  rate "parley tag --jsonl --jobs $jobs"
done
for workers in 1 2; do
  rm -rf "$work/out"
  PYTHONPATH="$build/python" timed "$python" -m parley.distributed tag "$work/shard-*.jsonl" "$work/out" \
    --workers "$workers" 2> "$work/dask.log" || { cat "$work/dask.log" >&2; exit 1; }
  cat "$work/out"/part-*.jsonl | sorted_lines | cmp -s - "$work/expected.jsonl" || { echo "scale_dask: $workers worker(s): lines differ" >&2; exit 1; }
  rate "dask tag, $workers worker(s)"
done

# timeline: per-document timelines on the workers, then the collection merged by the shuffle (--shuffle:
# events grouped by their blocks over the workers) and in one task (--one-merge-task, the default);
# --no-compare: the report's in_some lists grow with documents x events. Checked against the
# package's timeline of the same articles, which tests/python checks against `parley timeline`.
PYTHONPATH="$build/python" "$python" -c 'import json, sys, parley
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
open(sys.argv[2], "w", encoding="utf-8").write(parley.timeline_yaml(docs))' "$corpus" "$work/expected.yaml"
for merge in shuffle one-task; do
  for workers in 1 2; do
    rm -rf "$work/out"
    flag=(--one-merge-task); [[ $merge == shuffle ]] && flag=(--shuffle)
    PYTHONPATH="$build/python" timed "$python" -m parley.distributed timeline "$work/shard-*.jsonl" "$work/out" \
      --workers "$workers" --no-compare "${flag[@]}" 2> "$work/dask.log" || { cat "$work/dask.log" >&2; exit 1; }
    cmp -s "$work/out/timeline.yaml" "$work/expected.yaml" || { echo "scale_dask: $workers worker(s), $merge: merged timeline differs" >&2; exit 1; }
    rate "dask timeline $merge, $workers worker(s)"
  done
done
