#!/usr/bin/env bash
# Command-line tests through the real binary: exit status and the exact line on standard error.
# Usage: cli_test.sh CASE PARLEY_BINARY SHARED_DIR. Exit 0 pass, 1 fail, 77 skipped.
set -u
case_name=$1 parley=$2 shared=$3
bench_dir=$(cd "$(dirname "$0")/../bench" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() { echo "FAIL [$case_name]: $*" >&2; echo "--- stdout:" >&2; head -c 2000 out >&2; echo "--- stderr:" >&2; cat err >&2; exit 1; }
skip() { echo "SKIP [$case_name]: $*" >&2; exit 77; }
# run ARGS...: runs parley with standard input from the file `in` when it exists.
run() { if [[ -e in ]]; then "$parley" "$@" <in >out 2>err; else "$parley" "$@" </dev/null >out 2>err; fi; status=$?; }
expect_status() { [[ $status -eq $1 ]] || fail "exit status $status, expected $1"; }
expect_stderr() { [[ "$(cat err)" == "$1" ]] || fail "stderr is not: $1"; }
expect_stdout_has() { grep -qF -- "$1" out || fail "stdout lacks: $1"; }
need_python() { command -v python3 >/dev/null || skip "needs python3"; }

case $case_name in
collection_reports)
  # Self-written collection fixtures: a wire and state media on one round end, three plans.
  articles=$(cd "$(dirname "$0")/../timeline_articles/collection" && pwd)
  run compare --format text "$articles"/mackerel-wire.txt "$articles"/mackerel-state.txt; expect_status 3
  expect_stdout_has "In all sources (1):"
  expect_stdout_has "Date conflicts (1):"
  expect_stdout_has "mackerel-wire: 2024-03-13TEV [2024-03-13T17:00:00 .. 2024-03-13T23:59:59]"
  expect_stdout_has "mackerel-state: 2024-03-14 [2024-03-14T00:00:00 .. 2024-03-14T23:59:59]"
  run timeline "$articles"/mackerel-wire.txt "$articles"/mackerel-state.txt; expect_status 0
  [[ $(grep -c '^  - name: ' out) -eq 1 ]] || fail "the round end sits in more than one series"
  # "will meet next Tuesday", "early next week", "on Sunday, June 20": three plans, never one event
  run timeline --all "$articles"/mekong-meetings-*.txt; expect_status 0
  [[ $(grep -c 'summary: the Mekong dam talks will meet$' out) -eq 3 ]] || fail "the three plans were merged"
  # three outlets on one round: a round end read a day early, a weekday that contradicts its date
  run compare --format text "$articles"/kestrel-*.txt; expect_status 3
  expect_stdout_has "Round dissent (2):"
  expect_stdout_has "  Kestrel Bay fisheries talks round 3 end:"
  expect_stdout_has "    dissent kestrel-state: 2025-02-05 [2025-02-05T00:00:00 .. 2025-02-05T23:59:59]"
  expect_stdout_has "Input warnings (1):"
  expect_stdout_has "  kestrel-paper (kestrel-paper): weekday-mismatch: "
  run timeline "$articles"/kestrel-*.txt; expect_status 0
  [[ $(grep -c '^  - name: ' out) -eq 1 ]] || fail "the kestrel rounds sit in more than one series" ;;
help)
  run --help; expect_status 0; expect_stdout_has "Subcommands:"; expect_stdout_has "tag"
  run tag --help; expect_status 0; expect_stdout_has "--format"; expect_stdout_has "--jsonl"
  run timeline --help; expect_status 0 ;;
version)
  run --version; expect_status 0
  [[ "$(cat out)" =~ ^parley\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "not a version line" ;;
usage_errors)
  run; expect_status 2; expect_stderr "parley: A subcommand is required (see 'parley --help')"
  run tag --bogus; expect_status 2
  expect_stderr "parley: The following argument was not expected: --bogus (see 'parley tag --help')"
  run tag --format xml x.txt; expect_status 2
  expect_stderr "parley: --format: xml not in {yaml,jsonl,timeml} (see 'parley tag --help')"
  run tag --jsonl a.txt; expect_status 2
  echo a > a.txt; echo b > b.txt
  run tag --format timeml a.txt b.txt; expect_status 2
  expect_stderr "parley: --format timeml writes one document: give one input file" ;;
malformed_dct)
  for bad in 2021-02-30 2021-5-20 yesterday "2021-05-20T25:00"; do
    run tag --dct "$bad" x.txt; expect_status 2
    expect_stderr "parley: --dct: '$bad' is not a date YYYY-MM-DD[THH:MM[:SS]] (see 'parley tag --help')"
  done ;;
missing_file)
  run tag missing.txt; expect_status 1; expect_stderr "parley: missing.txt: cannot open: No such file or directory"
  mkdir folder; run tag folder; expect_status 1; expect_stderr "parley: folder: is a directory" ;;
invalid_utf8)
  printf 'fine line\nbad \xc3\x28 here\n' > bad.txt
  run tag bad.txt; expect_status 1; expect_stderr "parley: bad.txt:2:5: invalid UTF-8 (byte offset 14)"
  printf 'overlong \xc0\xaf' > in; run tag; expect_status 1; expect_stderr "parley: -:1:10: invalid UTF-8 (byte offset 9)" ;;
binary_file)
  printf 'GIF89a\0\0\1' > picture.gif
  run tag picture.gif; expect_status 1; expect_stderr "parley: picture.gif:1:7: binary file (NUL byte at byte offset 6)" ;;
empty_file)
  : > empty.txt
  run tag empty.txt; expect_status 0; expect_stdout_has "timexes: []"; [[ ! -s err ]] || fail "stderr not empty"
  run tag --format jsonl --dct 2021-05-20 empty.txt; expect_status 0
  [[ "$(cat out)" == '{"id":"empty","dct":"2021-05-20","timexes":[],"ordinals":[]}' ]] || fail "jsonl of an empty file"
  : > in; run tag; expect_status 0 ;;
bad_front_matter)
  printf -- '---\ndct: 2021-05-20\nThe text, but the block never closes.\n' > open.txt
  run tag open.txt; expect_status 1; expect_stderr "parley: open.txt:1:1: front matter is not closed (no '---' line after it)"
  printf -- '---\nsource: wire\ndct: 20 May\n---\nText.\n' > baddct.txt
  run tag baddct.txt; expect_status 1; expect_stderr "parley: baddct.txt:3:6: front matter: dct '20 May' is not YYYY-MM-DD[THH:MM[:SS]]"
  run tag --dct 2021-05-20 baddct.txt; expect_status 1  # the block itself is still wrong
  printf -- '---\ndct: 2021-05-20\n---\nText.\n' > good.txt
  run tag good.txt; expect_status 0; expect_stdout_has 'dct: "2021-05-20"' ;;
atomic_output)
  printf 'Talks resumed.\n' > good.txt; printf 'bad \xff\n' > bad.txt
  run tag good.txt -o result.yaml; expect_status 0; [[ ! -s out ]] || fail "stdout not empty with -o"
  grep -q "id: good" result.yaml || fail "result.yaml not written"
  run tag good.txt bad.txt -o new.yaml; expect_status 1; expect_stderr "parley: bad.txt:1:5: invalid UTF-8 (byte offset 4)"
  [[ ! -e new.yaml ]] || fail "new.yaml left behind by a failing run"
  cp result.yaml before.yaml
  run tag bad.txt -o result.yaml; expect_status 1
  cmp -s result.yaml before.yaml || fail "a failing run changed result.yaml"
  run tag good.txt -o no/such/dir/out.yaml; expect_status 1
  [[ "$(ls -A | sort | tr '\n' ' ')" == "bad.txt before.yaml err good.txt out result.yaml " ]] || fail "stray files: $(ls -A)" ;;
jsonl_jobs)
  # --jobs N answers the same lines as --jobs 1, byte for byte, status and stderr included: the
  # bundled lines (good ones and every kind of malformed one), and around them, when the corpus is
  # there, the first 2000 Reuters articles, so bad lines fall at many places of the worker ring.
  lines=$(cd "$(dirname "$0")" && pwd)/batch_lines.jsonl
  cp "$lines" in
  if [[ -f $shared/corpora/reuters21578.jsonl ]]; then
    head -n 2000 "$shared/corpora/reuters21578.jsonl" >> in; cat "$lines" >> in
  fi
  total=$(wc -l < in)
  for command in tag timeline; do
    run $command --jsonl --jobs 1; expect_status 4; mv out one; mv err one.err
    [[ $(wc -l < one) -eq $total ]] || fail "$command: $(wc -l < one) output lines for $total input lines"
    # the error lines of the bundled lines, as nlohmann-json alone words them (batch_lines.errors)
    head -n "$(wc -l < "$lines")" one | grep '"error":' | cmp -s - "${lines%.jsonl}.errors" ||
      fail "$command: the error lines of batch_lines.jsonl differ from batch_lines.errors"
    for jobs in 2 7; do
      run $command --jsonl --jobs $jobs; expect_status 4
      cmp -s out one || fail "$command --jobs $jobs: output differs from --jobs 1"
      cmp -s err one.err || fail "$command --jobs $jobs: stderr differs from --jobs 1"
    done
  done
  [[ -f $shared/corpora/reuters21578.jsonl ]] || echo "jsonl_jobs: $shared/corpora not found: the bundled lines only" ;;
jsonl_pipe)
  # A line written into a pipe is answered before the next is sent, at any --jobs: the workers
  # never wait for a full run, and what is answered is flushed while the input is empty.
  need_python
  for jobs in 1 2 7; do
    python3 - "$parley" "$jobs" <<'PY' || fail "--jobs $jobs: an answer did not come while its pipe stayed open"
import json, select, subprocess, sys
parley, jobs = sys.argv[1], sys.argv[2]
p = subprocess.Popen([parley, "tag", "--jsonl", "--jobs", jobs], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for i in range(5):
    p.stdin.write(json.dumps({"id": f"p{i}", "text": "The talks ended yesterday.", "dct": "2021-05-20"}).encode() + b"\n")
    p.stdin.flush()
    ready, _, _ = select.select([p.stdout], [], [], 20)
    assert ready, f"no answer to line {i + 1} within 20 s"
    answer = json.loads(p.stdout.readline())
    assert answer["id"] == f"p{i}", answer
    assert [t["value"] for t in answer["timexes"]] == ["2021-05-19"], answer
p.stdin.close()
assert p.stdout.read() == b"" and p.wait() == 0
PY
  done ;;
jsonl_batch)
  need_python
  { echo '{"id": "d1", "text": "The talks ended yesterday.", "dct": "2021-05-20"}'
    echo '{"id": "d2", "text": "No date here.", "dct": null}'
    echo '{"id": "d3", "text": broken'
    echo ''
    echo '{"id": "d5", "text": "Missing dct key."}'
    echo '{"id": "d6", "text": "Bad dct.", "dct": "May 20"}'
    echo '{"id": 7, "text": "Numeric id."}'; } > in
  run tag --jsonl; expect_status 4
  python3 - <<'PY' || fail "batch output"
import json
lines = open("out").read().split("\n")
assert lines[-1] == "", "output must end with a newline"
recs = [json.loads(l) for l in lines[:-1]]
assert len(recs) == 7, len(recs)
assert [r["id"] for r in recs] == ["d1", "d2", None, None, "d5", "d6", "7"], [r["id"] for r in recs]
for i in (0, 1, 4, 6):
    assert "timexes" in recs[i] and "error" not in recs[i], recs[i]
assert recs[2]["error"].startswith("line 3: not JSON"), recs[2]
assert recs[3]["error"].startswith("line 4: not JSON"), recs[3]
assert recs[5]["error"] == "line 6: dct 'May 20' is not YYYY-MM-DD[THH:MM[:SS]]", recs[5]
assert recs[1]["dct"] is None and "note" in recs[1]
PY
  expect_stderr 'parley: 3 of 7 input line(s) failed (an "error" line each)' ;;
jsonl_values)  # needs the grammar: "yesterday" against 2021-05-20
  need_python
  printf '%s\n' '{"id": "v1", "text": "The talks in Vienna ended yesterday.", "dct": "2021-05-20"}' \
                '{"id": "v2", "text": "\u201cWe met yesterday,\u201d he said.", "dct": "2021-05-20"}' > in
  run tag --jsonl; expect_status 0
  python3 - <<'PY' || fail "values"
import json
v1, v2 = [json.loads(l) for l in open("out")]
t = [x for x in v1["timexes"] if x["text"] == "yesterday"]
assert t, v1
assert (t[0]["start"], t[0]["end"], t[0]["type"], t[0]["value"]) == (26, 35, "DATE", "2021-05-19"), t[0]
t = [x for x in v2["timexes"] if x["text"] == "yesterday"]
assert t and (t[0]["start"], t[0]["end"], t[0]["value"]) == (8, 17, "2021-05-19"), v2
PY
  ;;
yaml_values)  # needs the grammar
  printf 'The talks in Vienna ended yesterday.\n' > talks.txt
  run tag --dct 2021-05-20 talks.txt; expect_status 0
  expect_stdout_has 'value: "2021-05-19"'; expect_stdout_has 'earliest: "2021-05-19T00:00:00"'
  expect_stdout_has 'latest: "2021-05-19T23:59:59"'; expect_stdout_has "{start: 26, end: 35"
  run tag talks.txt; expect_status 0; expect_stdout_has "dct: ~"; expect_stdout_has "note: "
  grep -q 'value: "2021-05-19"' out && fail "resolved against a DCT it does not have"; true ;;
huge_line)
  need_python
  python3 -c "
import sys
s = 'The talks resumed yesterday in Vienna, and on May 19, 2021 they ended \u2014 or so it seemed. '
n = 50_000_000 // len(s.encode()) + 1
sys.stdout.write(s * n)" > huge.txt
  start=$(date +%s)
  run tag --format jsonl --dct 2021-05-20 huge.txt; expect_status 0
  [[ $(wc -l < out) -eq 1 ]] || fail "expected one output line"
  echo "50 MB single line tagged in $(( $(date +%s) - start )) s" >&2 ;;
huge_line_timeline)
  # 0.5 MB with no full stop: the splitter cuts it into pieces, the timeline is built and written
  # whole (each of the 7,000 statements is an event), not left half-done or hanging.
  need_python
  python3 -c "
import sys
s = 'the talks resumed in Vienna on May 3 and officials said progress was made '
sys.stdout.write(s * 7000)" > huge.txt
  start=$(date +%s)
  run timeline --dct 2021-05-20 huge.txt -o timeline.yaml; expect_status 0
  [[ $(grep -c '^    trigger: said$' timeline.yaml) -eq 7000 ]] || fail "expected 7000 statements"
  echo "0.5 MB without full stops: timeline in $(( $(date +%s) - start )) s" >&2 ;;
timeml_roundtrip)
  need_python
  tml=$shared/corpora/tbaq/TimeBank/ABC19980108.1830.0711.tml
  [[ -f $tml ]] || skip "no $tml"
  mkdir back plain
  run tag --format timeml "$tml" -o back/ABC19980108.1830.0711.tml; expect_status 0
  run tag --format jsonl "$tml"; expect_status 0; cp out pred.jsonl
  printf 'The talks in Vienna ended yesterday & resume on May 25, 2021 <at noon>.\n' > plain/vienna.txt
  run tag --format timeml --dct 2021-05-20 plain/vienna.txt -o back/vienna.tml; expect_status 0
  run tag --format jsonl --dct 2021-05-20 plain/vienna.txt; expect_status 0; cat out >> pred.jsonl
  python3 "$shared/eval/timeml2jsonl.py" back > back.jsonl 2>err || fail "timeml2jsonl failed"
  python3 - "$shared/corpora/tbaq.jsonl" <<'PY' || fail "round trip"
import json, sys
back = {r["id"]: r for r in map(json.loads, open("back.jsonl"))}
pred = {r["id"]: r for r in map(json.loads, open("pred.jsonl"))}
gold = {r["id"]: r for r in map(json.loads, open(sys.argv[1]))}
assert back["ABC19980108.1830.0711"]["text"] == gold["ABC19980108.1830.0711"]["text"]
assert back["ABC19980108.1830.0711"]["dct"] == "1998-01-08"
assert back["vienna"]["text"] == open("plain/vienna.txt").read()
assert back["vienna"]["dct"] == "2021-05-20"
for doc in back:
    got = [(g["start"], g["end"], g["text"], g["type"], g["value"]) for g in back[doc]["gold"]]
    want = [(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in pred[doc]["timexes"]]
    assert got == want, (doc, got, want)
PY
  grep -q '<EVENT eid="e1" class="OCCURRENCE">turning</EVENT>' back/ABC19980108.1830.0711.tml || fail "EVENT markup lost"
  grep -q '<MAKEINSTANCE eventID="e20"' back/ABC19980108.1830.0711.tml || fail "MAKEINSTANCE lost" ;;
chronology_bench)
  # tests/bench/chronology.sh: a clear error without its folder; one series scored from what is there.
  need_python; python3 -c 'import yaml' 2>/dev/null || skip "needs python3-yaml"
  bench="$bench_dir/chronology.sh"
  bash "$bench" nosuch "$parley" >out 2>err; status=$?; expect_status 1
  expect_stderr "chronology: nosuch: no such directory (build it as tests/bench/chronology/README.md says)"
  mkdir -p dev/nafta-2017
  printf -- '---\ndct: 2017-08-21\nsource: Test\n---\nThe first round of NAFTA talks began in Washington on Aug. 16 and ended on Sunday.\n' \
    > dev/nafta-2017/globaltimes-1.txt
  PARLEY_SHARED_DIR="$work/none" bash "$bench" dev "$parley" >out 2>err; status=$?; expect_status 0
  grep -qE '^\| nafta-2017 +\| 1/16 ' out || fail "no nafta-2017 row with 1 of 16 articles"
  grep -qE '^round dates right: [0-9]+ of 12 ' out || fail "no round summary over 6 rounds"
  expect_stdout_has "r1:"; expect_stdout_has "Reuters facts (development): corpus not found, skipped"; expect_stdout_has "Reuters facts (validation): corpus not found, skipped"
  expect_stdout_has "brexit-2017: no article of the series in dev, skipped"
  # A series marked `blind: true` prints its table row and counts, never its per-round verdicts or
  # the mentions parley misses.
  mkdir -p blindfacts dev/blind-x
  printf -- "series: blind-x\nblind: true\nrounds: [{round: 1, start: '2017-08-16', end: '2017-08-20', place: Washington}]\nmentions: [{file: a-1.txt, words: opened, round: 1, phase: start, date: '2017-08-16'}]\narticles: [{file: a-1.txt, outlet: Test, date: '2017-08-21', url: 'https://example.org/a', query: q}]\n" \
    > blindfacts/blind-x.yaml
  printf -- '---\ndct: 2017-08-21\nsource: Test\n---\nThe first round of the talks opened in Washington on Aug. 16.\n' > dev/blind-x/a-1.txt
  PARLEY_SHARED_DIR="$work/none" bash "$bench" dev "$parley" blindfacts >out 2>err; status=$?; expect_status 0
  grep -qE '^\| blind-x +\| 1/1 ' out || fail "no blind-x row with 1 of 1 articles"
  expect_stdout_has "blind-x: a blind series, per-round results are not printed"
  expect_stdout_has "blind-x: 1 mentions, event "
  ! grep -q "r1:" out || fail "a blind series printed its per-round verdicts"
  ! grep -q "'opened' r1" out || fail "a blind series printed a mention's result" ;;
not_built_yet)
  # Every subcommand is built now (export: tests/export/); none may still say otherwise.
  run --help; expect_status 0
  ! grep -q "not built yet" out || fail "--help lists a command as not built yet" ;;
*) echo "unknown case $case_name" >&2; exit 1 ;;
esac
exit 0
