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

# 2. Pages with a probe script appended (the pages themselves have none), measured by the
#    browser's own layout: every mark has a size, no two texts of the drawing overlap, the lanes
#    the page declares are the lanes drawn, and every mark that fixed the axis sits where its
#    time falls on the drawn axis (so the axis range in the layout data is the one on screen).
probe() {  # probe PAGE NAME: prints the probe's result line (key=value ...)
  grep -v -e '^</body>$' -e '^</html>$' "$1" >"$work/probe-$2.html"
  cat >>"$work/probe-$2.html" <<'PROBE'
<script>
const svgEl = document.querySelector("svg.timeline");
const texts = [...svgEl.querySelectorAll("text")].map(t => t.getBoundingClientRect());
let overlaps = 0;
for (let i = 0; i < texts.length; ++i)
  for (let j = i + 1; j < texts.length; ++j) {
    const a = texts[i], b = texts[j];
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) ++overlaps;
  }
const svg = svgEl.getBoundingClientRect();
const outside = texts.filter(r => r.left < svg.left - 0.5 || r.right > svg.right + 0.5).length;
const drawn = [...document.querySelectorAll("[data-event]")].filter(g => {
  const r = g.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
const lanes = [...svgEl.querySelectorAll("rect.lane")].filter(r => r.getBoundingClientRect().height > 0);
const axis = svgEl.querySelector("line.axis").getBoundingClientRect();
const from = Date.parse(svgEl.dataset.axisFrom), to = Date.parse(svgEl.dataset.axisTo);
const x = t => axis.left + (t - from) / (to - from) * axis.width;
let misplaced = 0, fixing = 0;
for (const g of svgEl.querySelectorAll("[data-fixes-axis]")) {
  ++fixing;
  const shape = [...g.children].find(c => c.tagName !== "title" && c.tagName !== "text");  // the mark, not its label
  const r = shape.getBoundingClientRect(), mid = (r.left + r.right) / 2;
  const lo = x(Date.parse(g.dataset.from)), hi = x(Date.parse(g.dataset.to || g.dataset.from));
  if (mid < Math.min(lo, hi) - 8 || mid > Math.max(lo, hi) + 8) ++misplaced;
}
document.body.setAttribute("data-probe", ["drawn=" + drawn, "overlaps=" + overlaps, "outside=" + outside,
  "lanes=" + svgEl.dataset.lanes, "lanes_drawn=" + lanes.length, "lane_names=" + lanes.map(l => l.dataset.lane).join("|"),
  "axis_from=" + svgEl.dataset.axisFrom, "axis_to=" + svgEl.dataset.axisTo, "need_from=" + svgEl.dataset.needFrom,
  "need_to=" + svgEl.dataset.needTo, "fixing=" + fixing, "misplaced=" + misplaced].join(";"));
</script>
</body>
</html>
PROBE
  browse "$work/probe-$2" --window-size=1400,1000 --dump-dom "file://$work/probe-$2.html" || fail "chromium probe of $2 exited $?"
  if console_errors "$work/probe-$2.err" >&2; then fail "console errors in the probe of $2"; fi
  grep -o 'data-probe="[^"]*"' "$work/probe-$2.out" | sed 's/^data-probe="//; s/"$//'
}
field() { tr ';' '\n' <<<"$1" | sed -n "s/^$2=//p"; }  # the probe's fields are ';'-separated
day() { date -u -d "$1" +%s; }

# 2a. The bundled example: one document, three lanes (its series, statements, actions), an
#     axis fitted to its two days (19-20 May 2021), every mark on the chart.
result=$(probe "$work/page.html" example)
[[ -n $result ]] || fail "the example's probe gave no result"
for want in "drawn=$events" overlaps=0 outside=0 lanes=3 lanes_drawn=3 "lane_names=Vienna talks|Statements|Actions" \
            need_from=2021-05-19T00:00:00Z need_to=2021-05-20T23:59:59Z misplaced=0; do
  [[ ";$result;" == *";$want;"* ]] || fail "example layout: want $want, got: $result"
done
(( $(day "$(field "$result" axis_from)") <= $(day 2021-05-19T00:00:00Z) &&
   $(day "$(field "$result" axis_to)") >= $(day 2021-05-20T23:59:59Z) &&
   $(day "$(field "$result" axis_to)") - $(day "$(field "$result" axis_from)") <= 4 * 86400 )) ||
  fail "example axis is not fitted to 19-20 May 2021: $result"
(( $(field "$result" fixing) > 0 )) || fail "example: no mark fixed the axis: $result"

# 2b. A collection of seven reports of one negotiation (April-June 2024, one of them recalling
#     talks "since January"): at most six lanes, led by the series, the axis fitted to the
#     April-June events and not stretched to January.
collection=$source/tests/timeline_articles/collection
"$parley" export "$collection"/mekong-*.txt --to html -o "$work/collection.html" || fail "parley export of the collection"
result=$(probe "$work/collection.html" collection)
[[ -n $result ]] || fail "the collection's probe gave no result"
for want in overlaps=0 outside=0 misplaced=0; do
  [[ ";$result;" == *";$want;"* ]] || fail "collection layout: want $want, got: $result"
done
lanes=$(field "$result" lanes)
[[ $lanes == "$(field "$result" lanes_drawn)" && $lanes -ge 2 && $lanes -le 6 ]] || fail "collection lanes: $result"
[[ $(field "$result" lane_names) == "Mekong dam talks|"* ]] || fail "collection: the series is not the first lane: $result"
(( $(day "$(field "$result" axis_from)") >= $(day 2024-03-20) && $(day "$(field "$result" axis_to)") <= $(day 2024-07-10) )) ||
  fail "collection axis is not fitted to April-June 2024: $result"

[[ -z $screenshot ]] || cp "$work/shot.png" "$screenshot"
echo "PASS: $events events drawn, no console errors, no overlapping texts; layout data (axis range, lanes) matches the drawing on the example and a 7-report collection"
