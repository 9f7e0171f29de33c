#!/usr/bin/env bash
# Timeline cost against input size on an article built to be quadratic
# (adversarial_article.py): for each size, wall time, peak memory, events and relations.
# Linear cost shows as time, memory and relations growing 4x per step.
# Usage: tests/bench/timeline_scaling.sh [PARLEY_BINARY] [SIZES...]   (default: build/parley 1M 4M 16M)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
parley=${1:-$here/../../build/parley}
shift || true
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1M 4M 16M)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf '%-6s %10s %10s %10s %10s\n' size seconds peak_MB events relations
for size in "${sizes[@]}"; do
  python3 "$here/adversarial_article.py" "$size" > "$work/article.txt"
  /usr/bin/time -f '%e %M' -o "$work/time" "$parley" timeline --dct 2021-05-20 "$work/article.txt" -o "$work/t.yaml"
  read -r seconds kb < "$work/time"
  printf '%-6s %10s %10d %10d %10d\n' "$size" "$seconds" $((kb / 1024)) \
    "$(grep -c '^  - id: e' "$work/t.yaml")" "$(grep -c '^  - {from: ' "$work/t.yaml")"
done
