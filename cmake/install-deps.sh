#!/usr/bin/env bash
# Installs the Debian packages parley builds against, and nothing else.
# Called by `make demo` and `make test`. As root it runs `apt-get update` once, then
# `apt-get install -y` for what is missing; otherwise it prints the exact command and fails,
# because a build that silently lacks a dependency only fails later and less clearly.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libhowardhinnant-date-dev   # calendar arithmetic (date::date, date::date-tz)
  libboost-dev                # Boost.Spirit X3 (header-only)
  libfmt-dev                  # formatting
  libyaml-cpp-dev             # YAML output and YAML front matter
  libgtest-dev                # unit tests
  libbenchmark-dev            # Google Benchmark (bench/ targets)
  libcli11-dev                # the command line
  nlohmann-json3-dev          # JSON lines
  libsimdjson-dev             # JSON lines, the fast reader (nlohmann-json reads what it leaves)
  python3                     # the accuracy scripts and test data converters
  python3-yaml python3-jsonschema  # tests and tests/bench/chronology.sh: YAML read by a real loader, checked against the schema
  pybind11-dev python3-dev    # the Python package (python/), built for /usr/bin/python3
  python3-dask python3-distributed  # python3 -m parley.distributed and its tests
  python3-pytest              # the Python tests (run by ctest)
)
if [[ "${PARLEY_WITH_CHROMIUM:-0}" == 1 ]]; then packages+=(chromium); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "parley: missing packages: ${missing[*]}" >&2
  echo "parley: run as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "parley: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
