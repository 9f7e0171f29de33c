// The built-in view: one HTML file that needs nothing else (no scripts, fonts or requests), so
// it can be mailed, archived or published as it is. A short title, the drawing fitted to the
// main events, beside it what the drawing leaves out (earlier, later, vague, undated and
// background events, and where sources disagree), below it every event with its evidence.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "engine/export/chronology_plan.hpp"
#include "engine/export/event_facts.hpp"
#include "engine/export/html_text.hpp"
#include "engine/export/shown_time.hpp"
#include "engine/export/svg_timeline.hpp"
#include "parley/timeline_export.hpp"

namespace parley {
namespace {

using exporting::html_escaped;
using exporting::Placement;
using exporting::PlannedEvent;

constexpr std::size_t evidence_shown = 3;  // per event in the table; the rest behind "more reports"

constexpr const char* style = R"(
body { font: 14px/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d232b; margin: 16px 24px; }
h1 { font-size: 24px; margin: 0 0 2px; }
h2 { font-size: 17px; margin: 22px 0 6px; }
p.dek { margin: 0 0 6px; color: #4a5360; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0 6px; font-size: 12px; color: #333; }
.legend svg { vertical-align: middle; margin-right: 4px; }
.chronology { display: flex; gap: 18px; align-items: flex-start; }
figure { margin: 0; }
svg.timeline { display: block; font-size: 12px; }
svg.timeline text { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
svg.timeline .lane-name { font-weight: bold; }
svg.timeline .tick { fill: #4a5360; font-size: 12px; }
svg.timeline .strip-name { fill: #8a3030; font-size: 11px; }
svg.timeline .published { fill: #b03030; fill-opacity: 0.55; }
svg.timeline .grid { stroke: #dde1e7; stroke-width: 1; }
svg.timeline .axis { stroke: #4a5360; stroke-width: 1.2; }
svg.timeline .label { fill: #1d232b; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.timeline .round-label { fill: #fff; font-size: 11px; font-weight: bold; }
svg.timeline a:hover .label { font-weight: bold; }
aside { width: 330px; font-size: 13px; }
aside h2 { margin-top: 0; }
aside details { margin: 0 0 8px; }
aside summary { font-weight: bold; cursor: pointer; }
aside ul { margin: 4px 0 0; padding-left: 16px; }
aside li { margin: 2px 0; }
aside .when, td.when { white-space: nowrap; color: #4a5360; }
table { border-collapse: collapse; font-size: 13px; width: 100%; max-width: 1352px; }
th, td { border-bottom: 1px solid #dde2e8; padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
tr.group th { background: #f7f8fa; font-size: 13px; }
tr:target { background: #fff6d6; }
tr.conflict td.when { color: #c0392b; font-weight: bold; }
td.evidence blockquote { margin: 0 0 2px; padding-left: 8px; border-left: 3px solid #cfd6de; }
td.evidence cite { display: block; font-style: normal; color: #5f6b7a; font-size: 12px; margin-bottom: 4px; }
p.readings { margin: 0 0 4px; color: #c0392b; }
)";

std::string legend() {
  auto swatch = [](const std::string& shape, const std::string& text) {
    return "<span><svg width=\"34\" height=\"14\" aria-hidden=\"true\">" + shape + "</svg>" + text + "</span>";
  };
  const std::string hatch =
      "<defs><pattern id=\"legend-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f5f99\" stroke-width=\"2.2\" "
      "stroke-opacity=\"0.55\"/></pattern></defs>";
  return "<div class=\"legend\">" +
         swatch("<rect x=\"1\" y=\"0\" width=\"32\" height=\"14\" rx=\"3\" fill=\"#1f5f99\" fill-opacity=\"0.85\"/>",
                "round, start to end") +
         swatch("<circle cx=\"17\" cy=\"7\" r=\"6\" fill=\"#1f5f99\"/>", "day known") +
         swatch("<rect x=\"2\" y=\"1\" width=\"30\" height=\"12\" rx=\"2\" fill=\"#1f5f99\"/>", "lasting interval") +
         swatch(hatch + "<rect x=\"2\" y=\"1\" width=\"30\" height=\"12\" rx=\"2\" fill=\"url(#legend-hatch)\" stroke=\"#1f5f99\"/>",
                "somewhere in this interval") +
         swatch("<path d=\"M1 7 l9 -7 v14 z\" fill=\"#1f5f99\"/><rect x=\"2\" y=\"1\" width=\"28\" height=\"12\" fill=\"none\" "
                "stroke=\"#1f5f99\" stroke-dasharray=\"3 2\"/><line x1=\"31\" y1=\"0\" x2=\"31\" y2=\"14\" stroke=\"#1f5f99\" "
                "stroke-width=\"2.5\"/>",
                "only one bound known") +
         swatch("<circle cx=\"17\" cy=\"7\" r=\"5\" fill=\"#1f5f99\"/><circle cx=\"17\" cy=\"7\" r=\"6.5\" fill=\"none\" "
                "stroke=\"#c0392b\" stroke-width=\"2\"/>",
                "sources disagree") +
         swatch("<rect x=\"16\" y=\"4\" width=\"3\" height=\"10\" fill=\"#1f5f99\"/>", "no room for a label") +
         swatch("<rect x=\"6\" y=\"6\" width=\"5\" height=\"8\" fill=\"#b03030\" fill-opacity=\"0.55\"/><rect x=\"13\" y=\"2\" "
                "width=\"5\" height=\"12\" fill=\"#b03030\" fill-opacity=\"0.55\"/><rect x=\"20\" y=\"9\" width=\"5\" "
                "height=\"5\" fill=\"#b03030\" fill-opacity=\"0.55\"/>",
                "documents published per day") +
         "</div>\n";
}

struct GroupName {
  Placement placement;
  const char* heading;
};
// The order in which the side list and the table present the events the drawing leaves out.
constexpr GroupName groups[] = {
    {Placement::Chart, "On the chart"},
    {Placement::Earlier, "Before the period shown"},
    {Placement::Later, "After the period shown"},
    {Placement::Vague, "Dated too loosely to place"},
    {Placement::Undated, "Time unknown"},
    {Placement::Background, "Background"},
};

std::string link_to(const Event& e, const std::string& text) {
  return "<a href=\"#" + html_escaped(exporting::event_anchor(e.id)) + "\">" + html_escaped(text) + "</a>";
}

std::string side_item(const PlannedEvent& p) {
  const std::string when = p.time.shape == exporting::Shape::Unknown ? std::string(to_string(p.event->kind)) : p.time.label;
  return "<li><span class=\"when\">" + html_escaped(when) + "</span> · " +
         link_to(*p.event, exporting::shortened(exporting::headline_of(*p.event), 70)) + "</li>\n";
}

// Lists longer than this start closed, so the side list stays a list of headings.
constexpr std::size_t open_list = 8;

std::string side_list(const exporting::ChronologyPlan& plan) {
  std::string s = "<aside class=\"side\">\n<h2>Not on the chart</h2>\n";
  std::string conflicts;
  std::size_t n_conflicts = 0;
  for (const PlannedEvent* p : in_time_order(plan))
    if (p->conflict) {
      conflicts += side_item(*p);
      ++n_conflicts;
    }
  if (n_conflicts)
    s += std::string("<details class=\"conflicts\"") + (n_conflicts <= open_list ? " open" : "") +
         "><summary>Sources disagree (" + std::to_string(n_conflicts) + ")</summary><ul>\n" + conflicts + "</ul></details>\n";
  for (const GroupName& g : groups) {
    if (g.placement == Placement::Chart) continue;
    std::string items;
    std::size_t n = 0;
    for (const PlannedEvent* p : in_time_order(plan))
      if (p->placement == g.placement) {
        items += side_item(*p);
        ++n;
      }
    if (!n) continue;
    s += std::string("<details data-placement=\"") + std::string(to_string(g.placement)) + "\"" +
         (n <= open_list && g.placement != Placement::Background ? " open" : "") + "><summary>" + g.heading + " (" +
         std::to_string(n) + ")</summary><ul>\n" + items + "</ul></details>\n";
  }
  return s + "</aside>\n";
}

struct DocFacts {
  std::string dct, source;
};

std::string cite(const Evidence& ev, const std::map<std::string, DocFacts>& docs) {
  std::string s = ev.doc + ", sentence " + std::to_string(ev.sentence);
  if (auto it = docs.find(ev.doc); it != docs.end()) {
    if (!it->second.source.empty()) s += " — " + it->second.source;
    if (!it->second.dct.empty()) s += ", published " + it->second.dct;
  }
  return s;
}

std::string evidence_cell(const Timeline& tl, const PlannedEvent& p, const std::map<std::string, DocFacts>& docs) {
  std::string s;
  const Event& e = *p.event;
  if (e.readings.size() >= 2) {
    s += "<p class=\"readings\">Sources disagree: ";
    for (std::size_t i = 0; i < e.readings.size(); ++i) {
      const TimeReading& r = e.readings[i];
      std::string ids;
      for (const auto& d : r.docs) ids += (ids.empty() ? "" : ", ") + d;
      s += (i ? "; " : "") + std::string("<b>") + html_escaped(exporting::shown_time(r.time).label) + "</b> (" +
           html_escaped(ids) + ")";
    }
    s += "</p>";
  }
  for (const Contradiction& c : tl.contradictions)
    if (std::find(c.events.begin(), c.events.end(), e.id) != c.events.end())
      s += "<p class=\"readings\">Contradiction: " + html_escaped(c.reason) + "</p>";
  auto quote = [&](const Evidence& ev) {
    return "<blockquote>" + html_escaped(ev.text) + "</blockquote><cite>" + html_escaped(cite(ev, docs)) + "</cite>";
  };
  for (std::size_t i = 0; i < e.evidence.size() && i < evidence_shown; ++i) s += quote(e.evidence[i]);
  if (e.evidence.size() > evidence_shown) {
    s += "<details><summary>" + std::to_string(e.evidence.size() - evidence_shown) + " more reports</summary>";
    for (std::size_t i = evidence_shown; i < e.evidence.size(); ++i) s += quote(e.evidence[i]);
    s += "</details>";
  }
  return s;
}

std::string table(const Timeline& tl, const exporting::ChronologyPlan& plan) {
  std::map<std::string, DocFacts> docs;
  for (const TimelineDocument& d : tl.documents) docs[d.id] = {d.dct, d.source};
  std::string t = "<h2>Events and their evidence</h2>\n<table class=\"events\">\n<thead><tr><th>When</th><th>What</th>"
                  "<th>Kind</th><th>Evidence and sources</th></tr></thead>\n<tbody>\n";
  for (const GroupName& g : groups) {
    std::string rows;
    std::size_t n = 0;
    for (const PlannedEvent* pp : in_time_order(plan)) {
      const PlannedEvent& p = *pp;
      if (p.placement != g.placement) continue;
      const Event& e = *p.event;
      ++n;
      rows += "<tr id=\"" + html_escaped(exporting::event_anchor(e.id)) + "\" data-row=\"" + html_escaped(e.id) + "\"" +
              (p.conflict ? " class=\"conflict\"" : "") + "><td class=\"when\">" + html_escaped(p.time.label) +
              (p.time.edtf.empty() ? "" : "<br><code>" + html_escaped(p.time.edtf) + "</code>") + "</td><td>" +
              html_escaped(exporting::headline_of(e)) + "</td><td>" + html_escaped(to_string(e.kind)) +
              (e.series && !e.series->name.empty()
                   ? "<br>" + html_escaped(e.series->name) +
                         (e.series->round > 0 ? ", round " + std::to_string(e.series->round) : std::string())
                   : std::string()) +
              "</td><td class=\"evidence\">" + evidence_cell(tl, p, docs) + "</td></tr>\n";
    }
    if (n)
      t += "<tr class=\"group\"><th colspan=\"4\">" + std::string(g.heading) + " (" + std::to_string(n) + ")</th></tr>\n" + rows;
  }
  return t + "</tbody>\n</table>\n";
}

// "32 documents from 4 sources, published 6 Apr – 21 Jun 2021. 180 events: 120 on the chart."
std::string dek(const Timeline& tl, const exporting::ChronologyPlan& plan) {
  std::set<std::string> sources;
  for (const TimelineDocument& d : tl.documents)
    if (!d.source.empty()) sources.insert(d.source);
  std::string s = std::to_string(tl.documents.size()) + (tl.documents.size() == 1 ? " document" : " documents");
  if (sources.size() > 1) s += " from " + std::to_string(sources.size()) + " sources";
  else if (sources.size() == 1) s += ", " + *sources.begin();
  if (!plan.publications.empty())
    s += ", published " + exporting::day_range_text(plan.publications.front(), plan.publications.back());
  const std::size_t charted = std::size_t(std::count_if(plan.events.begin(), plan.events.end(),
                                                        [](const PlannedEvent& p) { return p.placement == Placement::Chart; }));
  s += ". " + std::to_string(plan.events.size()) + " events, " + std::to_string(charted) +
       " on the chart; each mark links to its evidence below.";
  return s;
}

}  // namespace

std::string timeline_to_html(const Timeline& tl, const HtmlOptions& options) {
  const exporting::ChronologyPlan plan = exporting::plan_chronology(tl, options.title);
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<link rel=\"icon\" href=\"data:,\">\n<title>" +
         html_escaped(plan.title) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n<h1>" +
         html_escaped(plan.title) + "</h1>\n<p class=\"dek\">" + html_escaped(dek(tl, plan)) + "</p>\n" + legend() +
         "<div class=\"chronology\">\n<figure>\n" + exporting::timeline_svg(tl, plan) + "</figure>\n" + side_list(plan) +
         "</div>\n" + table(tl, plan) + "</body>\n</html>\n";
}

}  // namespace parley
