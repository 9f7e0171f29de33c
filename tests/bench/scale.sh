#!/usr/bin/env bash
# Whole-process throughput on all of Reuters-21578 (18.6 MB of JSON lines, 17.0 MB of article
# text), in one run:
#   - `parley tag --jsonl` and `parley timeline --jsonl` at --jobs 1 and --jobs 2;
#   - chrono-node (the JavaScript tagger, from the npm registry) on the same articles, when node
#     and npm are there (with --install-node, as root, they are installed from Debian first);
#   - the Dask pipeline's figures, through the hook below, when it is built.
# Every run reports user and system CPU seconds as well as wall seconds: on a shared machine the
# wall time says more about the other jobs than about parley. MB/s are of JSON input, per wall
# second and per CPU second (user + system); "text MB/s" counts article text only.
#
# Usage: tests/bench/scale.sh [--install-node] [--no-chrono] [--repeat=N] [path/to/parley]
# Each parley and chrono row is the median of N runs (5 unless told).
# Needs python3 (timing) and ../shared/corpora/reuters21578.jsonl (skips without it).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${PARLEY_SHARED_DIR:-$here/../shared}"
install_node=0 chrono=1 repeat=5 parley="$here/build/parley"
for arg in "$@"; do
  case $arg in
    --repeat=*) repeat=${arg#--repeat=} ;;
    --install-node) install_node=1 ;;
    --no-chrono) chrono=0 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) parley=$arg ;;
  esac
done
corpus="$shared/corpora/reuters21578.jsonl"
if [[ ! -f $corpus ]]; then
  echo "scale: $corpus not found, skipped"
  exit 0
fi
[[ -x $parley ]] || { echo "scale: $parley is not built (make build)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

json_bytes=$(stat -c %s "$corpus")
text_bytes=$(python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$corpus")

# measure NAME COMMAND...: runs COMMAND $repeat times with the corpus on standard input, output
# discarded, and prints one row of the table: the run of median wall time (one run of a fraction
# of a second says more about the machine's other work than about parley). The CPU times are the
# child's own (getrusage). The median wall time is also kept in $work/walls for the ratios.
measure() {
  local name=$1; shift
  python3 - "$name" "$corpus" "$json_bytes" "$text_bytes" "$repeat" "$work/walls" "$@" <<'PY'
import os, resource, subprocess, sys, time
name, corpus, json_bytes, text_bytes, repeat, walls, cmd = (sys.argv[1], sys.argv[2], int(sys.argv[3]),
                                                            int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7:])
runs = []
for _ in range(repeat):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(corpus, "rb") as stdin:
        status = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL).returncode
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    runs.append((wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime, status))
wall, user, system, status = sorted(runs)[len(runs) // 2]
cpu = user + system
mb, text_mb = json_bytes / 1e6, text_bytes / 1e6
note = "" if status in (0, 4) else f"  (exit status {status})"
print(f"{name:<34} {user:7.2f} {system:6.2f} {wall:7.2f} {mb / wall:9.2f} {mb / cpu:9.2f} {text_mb / cpu:9.2f}{note}",
      flush=True)
with open(walls, "a") as f:
    f.write(f"{name}\t{wall}\n")
PY
}

# ratio NAME_A NAME_B: how many times faster the median run of B was than that of A.
ratio() {
  python3 - "$work/walls" "$1" "$2" <<'PY'
import sys
walls = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[1]))
a, b = sys.argv[2], sys.argv[3]
print(f"{b} / {a}: {float(walls[a]) / float(walls[b]):.2f}x the wall speed")
PY
}

echo "corpus: $corpus ($(python3 -c "print(f'{$json_bytes/1e6:.1f}')") MB JSON, $(python3 -c "print(f'{$text_bytes/1e6:.1f}')") MB text, $(wc -l < "$corpus") articles)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
printf '%-34s %7s %6s %7s %9s %9s %9s\n' run "user s" "sys s" "wall s" "MB/s wall" "MB/s CPU" "text/CPU"
"$parley" tag --jsonl --jobs 1 < /dev/null > /dev/null  # warm the page cache and the binary
for command in tag timeline; do
  for jobs in 1 2; do
    measure "parley $command --jsonl --jobs $jobs" "$parley" "$command" --jsonl --jobs "$jobs"
  done
done
for command in tag timeline; do ratio "parley $command --jsonl --jobs 1" "parley $command --jsonl --jobs 2"; done

# The cores of a virtual machine need not be equally fast: its host may run other work on one of
# them. `tag --jobs 1` pinned to each of the first two cores says what two cores can give at most
# (the sum of their speeds, over the fastest one's), and how much of it `--jobs 2` took.
if command -v taskset >/dev/null && [[ $(nproc) -ge 2 ]]; then
  for cpu in 0 1; do
    measure "parley tag --jsonl --jobs 1 on cpu $cpu" taskset -c "$cpu" "$parley" tag --jsonl --jobs 1
  done
  python3 - "$work/walls" <<'PY'
import sys
walls = {k: float(v) for k, v in (line.rstrip("\n").split("\t") for line in open(sys.argv[1]))}
cores = [walls[f"parley tag --jsonl --jobs 1 on cpu {c}"] for c in (0, 1)]
fastest = min(cores)
bound = sum(fastest / t for t in cores)
reached = fastest / walls["parley tag --jsonl --jobs 2"]
print(f"cores: cpu 0 {cores[0]:.2f} s, cpu 1 {cores[1]:.2f} s; two cores give at most {bound:.2f}x the fastest one; "
      f"tag --jobs 2 reached {reached:.2f}x ({100 * reached / bound:.0f}% of that)")
PY
fi

# chrono-node on the same articles: each line parsed, chrono.parse(text, dct) run, one JSON line
# of results written per article, as `parley tag --jsonl` does.
if [[ $chrono == 1 ]]; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    if [[ $install_node == 1 && $(id -u) == 0 ]]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
    else
      echo "chrono: node and npm not found (run with --install-node as root to install them from Debian)"
      chrono=0
    fi
  fi
fi
if [[ $chrono == 1 ]]; then
  if (cd "$work" && npm install --no-audit --no-fund --silent chrono-node@2 >/dev/null 2>&1); then
    cat > "$work/chrono_tag.js" <<'JS'
const chrono = require("chrono-node");
const readline = require("readline");
const out = [];
readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    const doc = JSON.parse(line);
    const ref = doc.dct ? new Date(doc.dct) : new Date();
    const found = chrono.parse(doc.text, ref).map((r) => ({ start: r.index, text: r.text, value: r.start.date().toISOString() }));
    out.push(JSON.stringify({ id: doc.id, timexes: found }));
    if (out.length >= 256) process.stdout.write(out.splice(0).join("\n") + "\n");
  })
  .on("close", () => { if (out.length) process.stdout.write(out.join("\n") + "\n"); });
JS
    version=$(node -p 'require(process.argv[1] + "/node_modules/chrono-node/package.json").version' "$work")
    chrono_row="chrono-node $version (node $(node --version))"
    measure "$chrono_row" node "$work/chrono_tag.js"
    ratio "$chrono_row" "parley tag --jsonl --jobs 1"
  else
    echo "chrono: npm could not install chrono-node (no registry?), skipped"
  fi
fi

# The Dask pipeline's figures: tests/bench/scale_dask.sh takes the build directory (the Python
# package sits beside the binary, in build/python) and prints its own table.
if [[ -x "$here/tests/bench/scale_dask.sh" ]]; then
  "$here/tests/bench/scale_dask.sh" "$(dirname "$parley")"
else
  echo "dask: not measured (tests/bench/scale_dask.sh is not there)"
fi
