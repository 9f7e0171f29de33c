// vis-timeline JSON: {"groups", "items", "undated"}, ready for `new vis.DataSet(...)`. Items are
// points for times pinned to a day (or an exact instant) and ranges for everything else; open and
// unknown times keep their words in `content`/`title` and their EDTF in `edtf`.
#include <date/date.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "engine/export/chronology_plan.hpp"
#include "engine/export/event_facts.hpp"
#include "engine/export/html_text.hpp"
#include "engine/export/shown_time.hpp"
#include "parley/timeline_export.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

using nlohmann::json;
using exporting::Shape;

bool whole_day(Instant from, Instant to) {
  const auto day = std::chrono::floor<date::days>(from);
  return from == day && to == Instant(day + date::days(1)) - std::chrono::seconds(1);
}

std::string title_of(const Timeline& tl, const Event& e, const exporting::ShownTime& t) {
  return exporting::html_escaped(t.label) + "<br>" + exporting::html_escaped(exporting::evidence_sentence_of(e)) +
         "<br><i>" + exporting::html_escaped(exporting::source_of(tl, e)) + "</i>";
}

}  // namespace

std::string timeline_to_vis(const Timeline& tl) {
  const exporting::ExportLanes lanes = exporting::export_lanes(exporting::plan_chronology(tl));
  json groups = json::array();
  for (std::size_t i = 0; i < lanes.names.size(); ++i)
    groups.push_back({{"id", "g" + std::to_string(i + 1)}, {"content", lanes.names[i]}});
  json items = json::array(), undated = json::array();
  for (std::size_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    const auto t = exporting::shown_time(e.time);
    const std::size_t lane = lanes.of_event[i];
    json item{{"id", e.id}, {"content", exporting::headline_of(e)}, {"group", "g" + std::to_string(lane + 1)},
              {"title", title_of(tl, e, t)}, {"edtf", t.edtf}, {"time", t.label},
              {"className", std::string(exporting::to_string(t.shape))}};
    switch (t.shape) {
      case Shape::Unknown:
        undated.push_back(std::move(item));
        continue;
      case Shape::Point:
        if (whole_day(*t.from, *t.to)) {
          item["type"] = "point";
          item["start"] = date::format("%Y-%m-%d", std::chrono::floor<date::days>(*t.from));
        } else if (*t.from == *t.to) {
          item["type"] = "point";
          item["start"] = format_instant(*t.from);
        } else {  // a part of a day: its hours are bounds, not a time the text gives
          item["type"] = "range";
          item["start"] = format_instant(*t.from);
          item["end"] = format_instant(*t.to);
        }
        break;
      case Shape::Range:
      case Shape::Uncertain:
        item["type"] = "range";
        item["start"] = format_instant(*t.from);
        item["end"] = format_instant(*t.to);
        break;
      case Shape::OpenStart:
      case Shape::OpenEnd:
        // vis has no open ranges: the one known bound, with the words saying which side it closes.
        item["type"] = "point";
        item["start"] = format_instant(t.from ? *t.from : *t.to);
        item["content"] = "(" + t.label + ") " + exporting::headline_of(e);
        break;
    }
    items.push_back(std::move(item));
  }
  json out{{"groups", groups}, {"items", items}, {"undated", undated}};
  return out.dump(2) + "\n";
}

}  // namespace parley
