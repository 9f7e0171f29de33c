#!/usr/bin/env bash
# `parley export` through the real binary: every format from a saved timeline equals the same
# format from the articles, -o writes the file, and mistakes give the documented exit status.
# Usage: export_cli.sh PARLEY_BINARY SOURCE_DIR. Exit 0 pass, 1 fail.
set -u
parley=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAIL: $*" >&2; [[ -e err ]] && cat err >&2; exit 1; }

article=$source/timelines/vienna-talks-round4.txt
"$parley" timeline --all "$article" -o timeline.yaml || fail "parley timeline"
for format in timelinejs vis mermaid csv edtf html; do
  "$parley" export timeline.yaml --to $format >from-yaml 2>err || fail "$format from the YAML exited $?"
  "$parley" export "$article" --to $format -o from-article 2>err || fail "$format from the article exited $?"
  cmp -s from-yaml from-article || fail "$format: the saved timeline and the article export differ"
  [[ -s from-yaml && ! -s err ]] || fail "$format: empty output or a message on stderr"
done
"$parley" export - --to mermaid <"$article" >from-stdin 2>err || fail "an article on standard input"
"$parley" export "$article" --to mermaid >from-file 2>err
# Only the title differs: it names the document, and standard input is '-'.
cmp -s <(tail -n +3 from-stdin) <(tail -n +3 from-file) || fail "standard input and file exports differ"
"$parley" export timeline.yaml --to edtf | grep -q '^ *edtf: "2021-05-19"$' || fail "edtf: no 2021-05-19"

"$parley" export timeline.yaml --to pdf >out 2>err; [[ $? -eq 2 ]] || fail "--to pdf is not a usage error"
"$parley" export timeline.yaml >out 2>err; [[ $? -eq 2 ]] || fail "a missing --to is not a usage error"
"$parley" export timeline.yaml --to csv --dct 2021-05-21 >out 2>err; [[ $? -eq 2 ]] || fail "--dct with a saved timeline is not a usage error"
"$parley" export missing.yaml --to csv >out 2>err; [[ $? -eq 1 ]] || fail "a missing file is not exit 1"
grep -q "^parley: missing.yaml: " err || fail "the message does not name the file"
printf 'timexes: []\n' >tags.yaml
"$parley" export tags.yaml --to csv >out 2>err; [[ $? -eq 1 ]] || fail "a non-timeline YAML is not exit 1"
grep -q "^parley: tags.yaml" err || fail "the message does not name the file"
[[ ! -s out ]] || fail "output written for bad input"
echo "PASS"
