// The built-in view: one HTML file that needs nothing else (no scripts, fonts or requests), so
// it can be mailed, archived or opened offline. The SVG draws; the table below says it in words.
#include <string>

#include "engine/export/event_facts.hpp"
#include "engine/export/html_text.hpp"
#include "engine/export/shown_time.hpp"
#include "engine/export/svg_timeline.hpp"
#include "parley/timeline_export.hpp"

namespace parley {
namespace {

using exporting::html_escaped;

constexpr const char* style = R"(
body { font: 14px/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d232b; margin: 18px 24px; }
h1 { font-size: 20px; margin: 0 0 4px; }
p.sources { margin: 0 0 10px; color: #4a5360; }
.legend { display: flex; gap: 18px; margin: 6px 0 8px; font-size: 13px; color: #333; }
.legend svg { vertical-align: middle; margin-right: 4px; }
svg.timeline { display: block; font-size: 12px; }
svg.timeline text { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
svg.timeline .lane-name { font-weight: bold; }
svg.timeline .tick { fill: #4a5360; font-size: 12px; }
svg.timeline .grid { stroke: #d5dae1; stroke-width: 1; }
svg.timeline .axis { stroke: #4a5360; stroke-width: 1.2; }
svg.timeline .dct { stroke: #b03030; stroke-width: 1.2; stroke-dasharray: 5 3; }
svg.timeline .dct-label { fill: #b03030; font-size: 12px; }
svg.timeline .label { fill: #1d232b; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.timeline .q { font-size: 11px; font-weight: bold; fill: #4a5360; }
svg.timeline g.event:hover .label { font-weight: bold; }
table { border-collapse: collapse; margin-top: 18px; font-size: 13px; width: 1180px; }
th, td { border-bottom: 1px solid #dde2e8; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.when { white-space: nowrap; }
td.evidence { color: #4a5360; }
)";

std::string legend() {
  auto swatch = [](const std::string& shape, const std::string& text) {
    return "<span><svg width=\"34\" height=\"14\" aria-hidden=\"true\">" + shape + "</svg>" + text + "</span>";
  };
  const std::string hatch =
      "<defs><pattern id=\"legend-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f77b4\" stroke-width=\"2.2\" "
      "stroke-opacity=\"0.55\"/></pattern></defs>";
  return "<div class=\"legend\">" +
         swatch("<circle cx=\"17\" cy=\"7\" r=\"6\" fill=\"#1f77b4\"/>", "day known") +
         swatch("<rect x=\"2\" y=\"1\" width=\"30\" height=\"12\" rx=\"2\" fill=\"#1f77b4\"/>", "lasting interval") +
         swatch(hatch + "<rect x=\"2\" y=\"1\" width=\"30\" height=\"12\" rx=\"2\" fill=\"url(#legend-hatch)\" stroke=\"#1f77b4\"/>",
                "somewhere in this interval") +
         swatch("<path d=\"M1 7 l9 -7 v14 z\" fill=\"#1f77b4\"/><rect x=\"2\" y=\"1\" width=\"28\" height=\"12\" fill=\"none\" "
                "stroke=\"#1f77b4\" stroke-dasharray=\"3 2\"/><line x1=\"31\" y1=\"0\" x2=\"31\" y2=\"14\" stroke=\"#1f77b4\" "
                "stroke-width=\"2.5\"/>",
                "open: only one bound known") +
         swatch("<circle cx=\"17\" cy=\"7\" r=\"6\" fill=\"#fff\" stroke=\"#1f77b4\" stroke-dasharray=\"2 2\"/>", "time unknown") +
         "</div>\n";
}

std::string table(const Timeline& tl) {
  std::string t = "<table>\n<thead><tr><th>Event</th><th>When</th><th>EDTF</th><th>Lane</th><th>What</th>"
                  "<th>Evidence</th><th>Source</th></tr></thead>\n<tbody>\n";
  for (const Event& e : tl.events) {
    const auto when = exporting::shown_time(e.time);
    t += "<tr data-row=\"" + html_escaped(e.id) + "\"><td>" + html_escaped(e.id) + "</td><td class=\"when\">" +
         html_escaped(when.label) + "</td><td><code>" + html_escaped(when.edtf) + "</code></td><td>" +
         html_escaped(exporting::lane_of(e)) + "</td><td>" + html_escaped(exporting::headline_of(e)) +
         "</td><td class=\"evidence\">" + html_escaped(exporting::evidence_sentence_of(e)) + "</td><td>" +
         html_escaped(exporting::source_of(tl, e)) + "</td></tr>\n";
  }
  return t + "</tbody>\n</table>\n";
}

}  // namespace

std::string timeline_to_html(const Timeline& tl) {
  std::string names, sources;
  for (const auto& d : tl.documents) {
    names += (names.empty() ? "" : ", ") + d.id;
    sources += (sources.empty() ? "" : "; ") + d.id + (d.dct.empty() ? ", date unknown" : ", published " + d.dct) +
               (d.source.empty() ? "" : ", " + d.source);
  }
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<link rel=\"icon\" href=\"data:,\">\n<title>Timeline: " +
         html_escaped(names) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n<h1>Timeline: " +
         html_escaped(names) + "</h1>\n<p class=\"sources\">" + html_escaped(sources) + ". " +
         std::to_string(tl.events.size()) + " events. Hover a mark for its evidence.</p>\n" + legend() +
         exporting::timeline_svg(tl) + table(tl) + "</body>\n</html>\n";
}

}  // namespace parley
