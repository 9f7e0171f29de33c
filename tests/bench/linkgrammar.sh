#!/usr/bin/env bash
# Link Grammar (Debian link-grammar 5.12) on news sentences against parley's speed goal:
# parses the sentences of the first N Reuters-21578 stories and of DEVSET/*/*.txt with lg_bench
# (tests/bench/linkgrammar/lg_bench.cpp) and times `parley timeline` on the same N stories.
# Usage: tests/bench/linkgrammar.sh [N=1000] [DEVSET=/work/devset] [BUILD=build]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-1000}"; devset="${2:-/work/devset}"; build="${3:-$here/build}"
shared="${PARLEY_SHARED_DIR:-$here/../shared}"
lg="$build/tests/bench/linkgrammar/lg_bench"
if [[ ! -x "$lg" ]]; then echo "linkgrammar: $lg missing (apt-get install liblink-grammar-dev, rebuild)" >&2; exit 77; fi
corpus="$shared/corpora/reuters21578.jsonl"
[[ -f "$corpus" ]] || { echo "linkgrammar: $corpus missing" >&2; exit 77; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# Sentences: split at . ! ? followed by space and a capital or quote; one sentence a line.
split='import re,sys
for t in sys.stdin.read().split("\x00"):
    t=re.sub(r"\s+"," ",t).strip()
    for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])",t):
        if len(s.split())>=3: print(s)'
python3 -c "import json,sys
out=[]
for i,l in enumerate(open('$corpus')):
    if i>=$n: break
    d=json.loads(l); out.append(d['text'])
sys.stdout.write('\x00'.join(out))" | python3 -c "$split" > "$tmp/reuters.txt"
head -n "$n" "$corpus" > "$tmp/stories.jsonl"
echo "== link-grammar, first $n Reuters stories ($(wc -l < "$tmp/reuters.txt") sentences)"
"$lg" < "$tmp/reuters.txt" 2>/dev/null
if [[ -d "$devset" ]]; then
  python3 -c "import glob,sys
out=[]
for f in sorted(glob.glob('$devset/*/*.txt')):
    t=open(f).read()
    if t.startswith('---'): t=t.split('\\n---\\n',1)[-1]
    out.append(t)
sys.stdout.write('\\x00'.join(out))" | python3 -c "$split" > "$tmp/devset.txt"
  echo "== link-grammar, $devset/*/*.txt ($(wc -l < "$tmp/devset.txt") sentences)"
  "$lg" < "$tmp/devset.txt" 2>/dev/null
fi
echo "== parley timeline, the same $n stories (one core, CPU seconds)"
mkdir -p "$tmp/docs"
python3 -c "import json
for i,l in enumerate(open('$tmp/stories.jsonl')):
    d=json.loads(l); open('$tmp/docs/%04d.txt'%i,'w').write('---\ndct: %s\n---\n%s\n'%(d['dct'],d['text']))"
/usr/bin/time -f "parley timeline: %U s user + %S s sys, %e s wall" "$build/parley" timeline "$tmp"/docs/*.txt > /dev/null
