#!/usr/bin/env bash
# The reliability table of docs/reliability.md, one case per line: what a careful user tries
# (devices, links, read-only files, full disks, broken pipes, loaders that retype YAML, zoned
# DCTs...) and what parley must do. Usage: reliability_test.sh CASE PARLEY_BINARY SOURCE_DIR
# SHARED_DIR. Exit 0 pass, 1 fail, 77 skipped.
set -u
case_name=$1 parley=$2 source=$3 shared=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() { echo "FAIL [$case_name]: $*" >&2; echo "--- stdout:" >&2; head -c 2000 out >&2; echo "--- stderr:" >&2; head -c 2000 err >&2; exit 1; }
skip() { echo "SKIP [$case_name]: $*" >&2; exit 77; }
# run ARGS...: runs parley with standard input from the file `in` when it exists.
run() { if [[ -e in ]]; then "$parley" "$@" <in >out 2>err; else "$parley" "$@" </dev/null >out 2>err; fi; status=$?; }
expect_status() { [[ $status -eq $1 ]] || fail "exit status $status, expected $1"; }
expect_stderr() { [[ "$(cat err)" == "$1" ]] || fail "stderr is not: $1"; }
expect_no_stderr() { [[ ! -s err ]] || fail "stderr not empty"; }
only_files() { [[ "$(ls -A | sort | tr '\n' ' ')" == "$1" ]] || fail "files are: $(ls -A | tr '\n' ' '), expected: $1"; }
need_python() { command -v python3 >/dev/null || skip "needs python3"; }
need_loader() {  # a real YAML loader and a JSON Schema validator (python3-yaml, python3-jsonschema)
  python3 -c 'import yaml, jsonschema' 2>/dev/null || skip "needs python3-yaml and python3-jsonschema"
}
printf 'The talks in Vienna ended yesterday.\n' > talks.txt

case $case_name in
output_device)  # -o /dev/null is written through, and stays the device
  run tag --dct 2021-05-20 talks.txt -o /dev/null; expect_status 0; expect_no_stderr
  [[ -c /dev/null ]] || fail "/dev/null is no longer a character device"
  run tag --dct 2021-05-20 talks.txt -o /dev/full; expect_status 1
  expect_stderr "parley: /dev/full: cannot write: No space left on device"
  [[ -c /dev/full ]] || fail "/dev/full is no longer a character device" ;;
output_fifo)  # -o FIFO: a reader gets the whole output, the FIFO stays a FIFO
  mkfifo pipe
  cat pipe > received & reader=$!
  run tag --dct 2021-05-20 talks.txt -o pipe; expect_status 0
  wait $reader
  [[ -p pipe ]] || fail "the FIFO was replaced"
  grep -q 'value: "2021-05-19"' received || fail "the reader did not get the output"
  rm pipe received; only_files "err out talks.txt " ;;
output_symlink)  # -o LINK replaces the link's target; the link stays a link
  echo old > real.yaml; ln -s real.yaml link.yaml; mkdir sub; ln -s ../real.yaml sub/rel.yaml
  run tag --dct 2021-05-20 talks.txt -o link.yaml; expect_status 0
  [[ -L link.yaml ]] || fail "the link was replaced by a file"
  grep -q "id: talks" real.yaml || fail "the link's target was not written"
  run tag talks.txt -o sub/rel.yaml; expect_status 0
  grep -q "dct: ~" real.yaml || fail "a relative link in another folder was not followed"
  ln -s missing.yaml dangling.yaml; run tag talks.txt -o dangling.yaml; expect_status 0
  [[ -L dangling.yaml && -f missing.yaml ]] || fail "a dangling link's target was not created"
  rm -r sub; only_files "dangling.yaml err link.yaml missing.yaml out real.yaml talks.txt " ;;
output_read_only)  # a file without write permission is refused, even for root
  echo keep > locked.yaml; chmod 444 locked.yaml
  run tag talks.txt -o locked.yaml; expect_status 1
  expect_stderr "parley: locked.yaml: is read-only (no write permission); not replaced"
  [[ "$(cat locked.yaml)" == keep ]] || fail "the read-only file changed"
  mkdir folder; run tag talks.txt -o folder; expect_status 1; expect_stderr "parley: folder: is a directory"
  only_files "err folder locked.yaml out talks.txt " ;;
output_mode)  # the replaced file keeps its mode (and its owner and group where allowed)
  echo old > kept.yaml; chmod 640 kept.yaml
  if [[ $(id -u) -eq 0 ]]; then chown 1234:5678 kept.yaml; fi
  before=$(stat -c '%a %u %g' kept.yaml)
  run tag talks.txt -o kept.yaml; expect_status 0
  [[ "$(stat -c '%a %u %g' kept.yaml)" == "$before" ]] || fail "mode/owner $(stat -c '%a %u %g' kept.yaml), was $before"
  (umask 027; "$parley" tag talks.txt -o fresh.yaml) || fail "new file"
  [[ "$(stat -c %a fresh.yaml)" == 640 ]] || fail "a new file ignores the umask: $(stat -c %a fresh.yaml)" ;;
output_input)  # -o never overwrites an input, by any name (device and inode)
  cp talks.txt copy.txt; ln -s talks.txt alias.txt; ln talks.txt hard.txt
  for target in talks.txt ./talks.txt alias.txt hard.txt; do
    run tag talks.txt copy.txt -o "$target"; expect_status 1
    expect_stderr "parley: $target: is the input talks.txt; not overwritten"
  done
  run timeline talks.txt -o hard.txt; expect_status 1
  run export talks.txt --to csv -o alias.txt; expect_status 1
  run compare talks.txt copy.txt -o copy.txt; expect_status 1
  expect_stderr "parley: copy.txt: is the input copy.txt; not overwritten"
  cmp -s talks.txt copy.txt || fail "an input changed" ;;
stdout_full)  # every write to standard output is checked
  "$parley" tag --dct 2021-05-20 talks.txt >/dev/full 2>err; status=$?; expect_status 1
  expect_stderr "parley: standard output: cannot write: No space left on device"
  "$parley" timeline --dct 2021-05-20 talks.txt >/dev/full 2>err; status=$?; expect_status 1
  printf '%s\n' '{"id": "a", "text": "Talks ended yesterday.", "dct": "2021-05-20"}' > in
  "$parley" tag --jsonl <in >/dev/full 2>err; status=$?; expect_status 1
  "$parley" --help >/dev/full 2>err; status=$?; expect_status 1 ;;
disk_full)  # a write that fails half way (file size limit: EFBIG, as ENOSPC) leaves no file
  need_python
  python3 -c "print('The talks resumed yesterday in Vienna. ' * 20000)" > big.txt
  (trap '' XFSZ; ulimit -f 64; "$parley" tag --dct 2021-05-20 big.txt -o big.yaml >out 2>err); status=$?
  expect_status 1; expect_stderr "parley: big.yaml: cannot write: File too large"
  echo old > big.yaml
  (trap '' XFSZ; ulimit -f 64; "$parley" tag --dct 2021-05-20 big.txt -o big.yaml >out 2>err); status=$?
  expect_status 1; [[ "$(cat big.yaml)" == old ]] || fail "a failed write changed the file"
  only_files "big.txt big.yaml err out talks.txt " ;;
broken_pipe)  # `parley ... | head -1` ends quietly with 141, as cat and grep do
  need_python
  python3 -c "print('The talks resumed yesterday in Vienna. ' * 50000)" > big.txt
  "$parley" tag --dct 2021-05-20 big.txt 2>err | head -1 >/dev/null; status=${PIPESTATUS[0]}
  expect_status 141; expect_no_stderr
  (trap '' PIPE; "$parley" tag --dct 2021-05-20 big.txt 2>err | head -1 >/dev/null; exit "${PIPESTATUS[0]}"); status=$?
  expect_status 141; expect_no_stderr ;;
jsonl_failures)  # a batch with failed lines says how many and exits 4
  printf '%s\n' '{"id": "a", "text": "Talks ended yesterday.", "dct": "2021-05-20"}' 'not json' \
                '{"id": "c", "text": "x", "dct": "May 20"}' > in
  run tag --jsonl; expect_status 4; expect_stderr 'parley: 2 of 3 input line(s) failed (an "error" line each)'
  [[ $(wc -l < out) -eq 3 ]] || fail "one output line per input line"
  run timeline --jsonl; expect_status 4; expect_stderr 'parley: 2 of 3 input line(s) failed (an "error" line each)'
  head -1 in > good; mv good in; run timeline --jsonl; expect_status 0; expect_no_stderr ;;
linear_timeline)  # 1 MB built to be quadratic: bounded time and memory, relations linear
  need_python
  python3 "$source/tests/bench/adversarial_article.py" 1M > adversarial.txt
  start=$(date +%s%N)
  (ulimit -v 2000000; timeout 60 "$parley" timeline --all --dct 2021-05-20 adversarial.txt -o t.yaml 2>err); status=$?
  expect_status 0
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  events=$(grep -c '^  - id: e' t.yaml); relations=$(grep -c '^  - {from: ' t.yaml)
  (( events > 20000 )) || fail "only $events events"
  (( relations <= events )) || fail "$relations relations for $events events"
  echo "1 MB adversarial article: $events events, $relations relations, $ms ms" >&2 ;;
schema_example)  # the bundled example, through PyYAML and the JSON Schema
  need_loader
  run timeline "$source/timelines/vienna-talks-round4.txt" -o t.yaml; expect_status 0
  python3 "$source/tests/cli/validate_timeline.py" "$source/timelines/parley-timeline.schema.json" t.yaml >out 2>&1 || fail "schema" ;;
schema_merge)  # a merge of three articles, and of 300 Reuters articles when the corpus is there
  need_loader
  run timeline "$source"/tests/compare_articles/*-round5.txt -o merged.yaml; expect_status 0
  python3 "$source/tests/cli/validate_timeline.py" "$source/timelines/parley-timeline.schema.json" merged.yaml >out 2>&1 || fail "schema"
  corpus=$shared/corpora/reuters21578.jsonl
  [[ -f $corpus ]] || skip "no $corpus (the three-article merge passed)"
  mkdir r; head -300 "$corpus" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    head = "---\ndct: %s\n---\n" % r["dct"] if r.get("dct") else ""
    open("r/%s.txt" % r["id"], "w").write(head + r["text"])'
  run timeline r/*.txt -o r300.yaml; expect_status 0
  python3 "$source/tests/cli/validate_timeline.py" "$source/timelines/parley-timeline.schema.json" r300.yaml >out 2>&1 || fail "schema (300 articles)"
  run export r300.yaml --to edtf -o r300-edtf.yaml; expect_status 0
  python3 "$source/tests/cli/validate_timeline.py" "$source/timelines/parley-timeline.schema.json" r300-edtf.yaml >out 2>&1 || fail "schema (EDTF of 300)" ;;
schema_edtf)  # the EDTF export: the schema's document plus edtf strings that load as strings
  need_loader
  run export "$source/timelines/vienna-talks-round4.txt" --to edtf -o e.yaml; expect_status 0
  grep -q '^ *edtf: "2021-05-19"$' e.yaml || fail "no quoted edtf day"
  python3 "$source/tests/cli/validate_timeline.py" "$source/timelines/parley-timeline.schema.json" e.yaml >out 2>&1 || fail "schema" ;;
crossed_bounds)  # earliest after latest: unknown in every export, the bounds and contradiction kept
  need_loader
  run timeline "$source/timelines/vienna-talks-round4.txt" -o t.yaml; expect_status 0
  python3 - <<'PY' || fail "could not write the crossed timeline"
import yaml
d = yaml.safe_load(open("t.yaml"))
t = d["events"][0]["time"]
t["earliest"], t["latest"] = "1987-06-19T00:00:00", "1987-06-18T23:59:59"
d["contradictions"].append({"events": [d["events"][0]["id"]], "reason": "crossed by hand"})
yaml.safe_dump(d, open("crossed.yaml", "w"), allow_unicode=True, sort_keys=False)
PY
  id=$(python3 -c 'import yaml; print(yaml.safe_load(open("crossed.yaml"))["events"][0]["id"])')
  run export crossed.yaml --to edtf -o e.yaml; expect_status 0
  python3 - "$id" <<'PY' || fail "edtf of crossed bounds"
import sys, yaml
d = yaml.safe_load(open("e.yaml"))
e = next(e for e in d["events"] if e["id"] == sys.argv[1])
assert e["time"]["edtf"] is None, e["time"]
assert (e["time"]["earliest"], e["time"]["latest"]) == ("1987-06-19T00:00:00", "1987-06-18T23:59:59"), e["time"]
assert any(c["reason"] == "crossed by hand" for c in d["contradictions"])
PY
  ! grep -q '1987-06-19/1987-06-18' e.yaml || fail "invalid EDTF interval written"
  run export crossed.yaml --to csv; expect_status 0
  grep "^$id," out | grep -q ',unknown,.*,,1987-06-19T00:00:00,1987-06-18T23:59:59,' || fail "csv: not unknown with its bounds"
  for format in timelinejs vis mermaid html; do
    run export crossed.yaml --to $format; expect_status 0
    ! grep -q '1987-06-1[89]' out || fail "$format places the crossed event on a date"
  done ;;
dct_clock)  # "before the DCT" ends at a clock DCT, at the end of a date DCT's day
  printf 'Police arrested two men.\n' > arrest.txt
  run timeline --dct 1987-02-26T15:01:01 arrest.txt; expect_status 0
  grep -q 'latest: "1987-02-26T15:01:01"' out || fail "before a clock DCT does not end at it"
  run timeline --dct 1987-02-26 arrest.txt; expect_status 0
  grep -q 'latest: "1987-02-26T23:59:59"' out || fail "before a date DCT does not end with its day" ;;
demo_golden)  # `make demo` writes timelines/vienna-talks-round4.expected.yaml, byte for byte
  run timeline "$source/timelines/vienna-talks-round4.txt"; expect_status 0; expect_no_stderr
  cmp -s out "$source/timelines/vienna-talks-round4.expected.yaml" ||
    { diff "$source/timelines/vienna-talks-round4.expected.yaml" out | head -20 > err; fail "the demo differs from the expected file"; } ;;
dct_zone)  # RFC 3339 DCTs in --dct, front matter (dct: or date:) and JSON lines keep their zone
  for d in 2021-05-20T10:00Z 2021-05-20T10:00:00+02:00 2021-05-20T23:30:00.250-05:00; do
    run tag --format jsonl --dct "$d" talks.txt; expect_status 0
    grep -q '"value":"2021-05-19"' out || fail "$d: yesterday is not 2021-05-19"
  done
  grep -q '"dct":"2021-05-20T23:30:00-05:00"' out || fail "the zone is not kept"
  printf -- '---\ndct: 2021-05-20T10:00:00+02:00\n---\nThe talks ended yesterday.\n' > zoned.txt
  run timeline zoned.txt; expect_status 0; grep -q 'dct: "2021-05-20T10:00:00+02:00"' out || fail "front matter zone"
  printf -- '---\ndate: 2021-05-20 10:00:00 +0200\ntitle: Talks\n---\nThe talks ended yesterday.\n' > site.txt
  run tag --format jsonl site.txt; expect_status 0
  grep -q '"dct":"2021-05-20T10:00:00+02:00"' out || fail "front matter date: is not the DCT"
  grep -q '"value":"2021-05-19"' out || fail "date: not used for yesterday"
  printf '%s\n' '{"id": "z", "text": "The talks ended yesterday.", "dct": "2021-05-20T10:00:00Z"}' > in
  run tag --jsonl; expect_status 0; grep -q '"dct":"2021-05-20T10:00:00Z"' out || fail "JSON lines zone"
  rm in; run tag --dct 2021-05-20T10:00+15:00 talks.txt; expect_status 2 ;;
duplicate_ids)  # a/story.txt and b/story.txt stay two documents; the same file twice is a warning
  mkdir a b; cp talks.txt a/story.txt; printf 'Talks resumed on Monday.\n' > b/story.txt
  run timeline --dct 2021-05-20 a/story.txt b/story.txt; expect_status 0
  grep -q '{id: a/story,' out && grep -q '{id: b/story,' out || fail "ids collide"
  expect_stderr "parley: warning: a/story.txt: id 'story' is shared with another input; it is 'a/story' here
parley: warning: b/story.txt: id 'story' is shared with another input; it is 'b/story' here"
  run tag --format jsonl a/story.txt ./a/story.txt; expect_status 0
  grep -q "parley: warning: ./a/story.txt: the same file as a/story.txt, given twice" err || fail "no warning for a file given twice" ;;
compare_same)  # an article against an identical copy: every event in all sources
  cp "$source/timelines/vienna-talks-round4.txt" A.txt; cp A.txt B.txt
  run compare A.txt B.txt; expect_status 0
  grep -q '^parley: 2 sources, \([0-9]*\) events (\1 in all, 0 in some);' err || fail "not every event in all sources" ;;
timeml_links)  # TLINKs of a .tml never name a TIMEX3 that is gone: remapped or left out, counted
  cat > links.tml <<'TML'
<?xml version="1.0" ?>
<TimeML>
<DOCID>links</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-05-20" temporalFunction="false" functionInDocument="CREATION_TIME">2021-05-20</TIMEX3></DCT>
<TEXT>The talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t7" type="DATE" value="2021-05-19">yesterday</TIMEX3> in <TIMEX3 tid="t9" type="DATE" value="PRESENT_REF">Vienna</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t7"/>
<TLINK lid="l2" relType="BEFORE" timeID="t7" relatedToTime="t0"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t9"/>
</TimeML>
TML
  run tag --format timeml links.tml; expect_status 0
  expect_stderr "parley: links.tml: TLINKs to the file's own TIMEX3 tags: 2 pointed at parley's TIMEX3 of the same words, 1 left out (parley writes no TIMEX3 there)"
  grep -q '<TIMEX3 tid="t1" type="DATE" value="2021-05-19"' out || fail "yesterday is not t1"
  grep -q '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>' out || fail "l1 not remapped"
  grep -q '<TLINK lid="l2" relType="BEFORE" timeID="t1" relatedToTime="t0"/>' out || fail "l2 not remapped"
  ! grep -q 'lid="l3"' out || fail "l3 names a TIMEX3 that is gone"
  tml=$shared/corpora/tbaq/TimeBank/ABC19980108.1830.0711.tml
  [[ -f $tml ]] || skip "no $tml (the small file passed)"
  run tag --format timeml "$tml"; expect_status 0
  python3 - <<'PY' || fail "a TLINK names a missing TIMEX3"
import re
s = open("out").read()
tids = set(re.findall(r'<TIMEX3 tid="([^"]+)"', s))
refs = [r for t in re.findall(r"<TLINK[^>]*", s) for r in re.findall(r'(?:timeID|relatedToTime)="([^"]+)"', t)]
assert refs and all(r in tids for r in refs), [r for r in refs if r not in tids]
PY
  ;;
*) echo "unknown case $case_name" >&2; exit 1 ;;
esac
exit 0
