#!/usr/bin/env bash
# Chronologies on real coverage: runs `parley timeline` over each series folder of DIR (all the
# articles of a series in one run) and scores the rounds against the public record in
# tests/bench/chronology/*.yaml; then scores dated facts of Reuters-21578 stories
# (tests/bench/chronology/reuters-facts.yaml). No network. Rules: tests/bench/chronology/README.md.
# FACTS_DIR (default tests/bench/chronology) names another folder of series files, such as the
# validation sets tests/bench/chronology-validation and tests/bench/chronology-validation2 (blind:
# counts only); the Reuters part runs for the fact files the folder holds.
# Usage: tests/bench/chronology.sh DIR [path/to/parley] [FACTS_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ $# -lt 1 || "$1" == -h || "$1" == --help ]]; then
  echo "usage: tests/bench/chronology.sh DIR [path/to/parley] [FACTS_DIR]   (DIR holds one folder per series)" >&2
  exit 2
fi
dir="$1"
parley="${2:-$here/build/parley}"
facts="${3:-$here/tests/bench/chronology}"
shared="${PARLEY_SHARED_DIR:-$here/../shared}"
if [[ ! -d "$dir" ]]; then
  echo "chronology: $dir: no such directory (build it as tests/bench/chronology/README.md says)" >&2
  exit 1
fi
if [[ ! -x "$parley" ]]; then
  echo "chronology: $parley: not an executable parley (build first, or pass its path)" >&2
  exit 1
fi
if [[ ! -d "$facts" ]]; then
  echo "chronology: $facts: no such facts directory (default tests/bench/chronology)" >&2
  exit 1
fi
if ! python3 -c 'import yaml' 2>/dev/null; then
  echo "chronology: python3 with yaml is needed (Debian: apt-get install python3-yaml)" >&2
  exit 1
fi
exec python3 "$here/tests/bench/chronology_score.py" "$parley" "$dir" "$facts" \
  "$shared/corpora/reuters21578.jsonl"
