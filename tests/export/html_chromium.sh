#!/usr/bin/env bash
# The HTML export opened as a user would, in headless Chromium: the example article's page must
# load without console errors, draw one mark per event, keep its texts apart, and screenshot.
# Usage: html_chromium.sh PARLEY_BINARY SOURCE_DIR [SCREENSHOT.png]
# Exit 0 pass, 1 fail, 77 skipped (Chromium not installed: the test is optional, never failing).
set -u
parley=$1 source=$2 screenshot=${3:-}
chromium=${PARLEY_CHROMIUM:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "SKIP: $chromium is not installed (apt-get install chromium)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

article=$source/timelines/vienna-talks-round4.txt
"$parley" timeline --all "$article" -o "$work/timeline.yaml" || fail "parley timeline"
"$parley" export "$work/timeline.yaml" --to html -o "$work/page.html" || fail "parley export of the YAML"
"$parley" export "$article" --to html -o "$work/direct.html" || fail "parley export of the article"
cmp -s "$work/page.html" "$work/direct.html" || fail "exporting the article and its saved timeline differ"
[[ $(grep -c '^  - id: ' "$work/timeline.yaml") -gt 0 ]] || fail "no events in the timeline"
# The charted events: marks on the drawing (the rest are in the side list and the table).
events=$(grep -o 'data-event="[^"]*"' "$work/page.html" | sort -u | wc -l)

browse() {  # browse OUTPUT_PREFIX ARGS...: one fresh profile per run, nothing fetched from outside
  local prefix=$1; shift
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --enable-logging=stderr --v=0 "$@" >"$prefix.out" 2>"$prefix.err"
}
console_errors() { grep -hE 'Uncaught|:CONSOLE[:(]|Failed to load resource' "$@"; }

# 1. The page as shipped: its DOM after loading, and a screenshot.
browse "$work/dom" --dump-dom "file://$work/page.html" || fail "chromium --dump-dom exited $?"
marks=$(grep -o 'data-event="[^"]*"' "$work/dom.out" | sort -u | wc -l)
[[ $marks -eq $events ]] || fail "$marks distinct data-event marks in the DOM, $events events"
browse "$work/shot" --window-size=1400,1000 --hide-scrollbars --screenshot="$work/shot.png" "file://$work/page.html" ||
  fail "chromium --screenshot exited $?"
[[ $(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "screenshot is not a PNG"
[[ $(stat -c %s "$work/shot.png") -gt 20000 ]] || fail "screenshot is almost empty"
if console_errors "$work/dom.err" "$work/shot.err"; then fail "console errors"; fi

# 2. The same page with a probe script appended (the page itself has none): measured by the
#    browser's own layout, every mark has a size and no two texts of the drawing overlap.
grep -v -e '^</body>$' -e '^</html>$' "$work/page.html" >"$work/probe.html"
cat >>"$work/probe.html" <<'PROBE'
<script>
const texts = [...document.querySelectorAll("svg.timeline text")].map(t => t.getBoundingClientRect());
let overlaps = 0;
for (let i = 0; i < texts.length; ++i)
  for (let j = i + 1; j < texts.length; ++j) {
    const a = texts[i], b = texts[j];
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) ++overlaps;
  }
const svg = document.querySelector("svg.timeline").getBoundingClientRect();
const outside = texts.filter(r => r.left < svg.left - 0.5 || r.right > svg.right + 0.5).length;
const drawn = [...document.querySelectorAll("[data-event]")].filter(g => {
  const r = g.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
document.body.setAttribute("data-probe", "drawn=" + drawn + " overlaps=" + overlaps + " outside=" + outside);
</script>
</body>
</html>
PROBE
browse "$work/probe" --dump-dom "file://$work/probe.html" || fail "chromium probe exited $?"
probe=$(grep -o 'data-probe="[^"]*"' "$work/probe.out")
[[ $probe == "data-probe=\"drawn=$events overlaps=0 outside=0\"" ]] || fail "layout probe: ${probe:-no result} ($events events)"
if console_errors "$work/probe.err"; then fail "console errors in the probe"; fi

[[ -z $screenshot ]] || cp "$work/shot.png" "$screenshot"
echo "PASS: $events events drawn, no console errors, no overlapping texts"
