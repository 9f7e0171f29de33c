// Knight Lab TimelineJS JSON. A TimelineJS date object carries only the fields the time's
// granularity supports (no day for "May 2021", no hour for "Wednesday evening"), and
// `display_date` says in words what the fields cannot: "before 20 May 2021", "evening".
#include <date/date.h>
#include <nlohmann/json.hpp>

#include "engine/export/chronology_plan.hpp"
#include "engine/export/event_facts.hpp"
#include "engine/export/html_text.hpp"
#include "engine/export/shown_time.hpp"
#include "parley/timeline_export.hpp"

namespace parley {
namespace {

using nlohmann::json;
using exporting::Shape;

json date_object(Instant t, Granularity g) {
  const auto day = std::chrono::floor<date::days>(t);
  const date::year_month_day ymd{day};
  json d{{"year", int(ymd.year())}};
  if (g >= Granularity::Year && g != Granularity::Unknown) return d;
  d["month"] = unsigned(ymd.month());
  if (g >= Granularity::Month && g != Granularity::Unknown) return d;
  d["day"] = unsigned(ymd.day());
  if (g > Granularity::Hour) return d;  // parts of a day have no hour TimelineJS could show
  const date::hh_mm_ss clock{t - day};
  d["hour"] = clock.hours().count();
  if (g <= Granularity::Minute) d["minute"] = clock.minutes().count();
  if (g <= Granularity::Second) d["second"] = clock.seconds().count();
  return d;
}

json slide_of(const Timeline& tl, const Event& e, const exporting::ShownTime& t, const std::string& lane) {
  json slide;
  slide["unique_id"] = e.id;
  // Open sides have one real bound; TimelineJS needs a start_date, so the bound is given and
  // display_date says which side it closes.
  const Instant start = t.from ? *t.from : *t.to;
  slide["start_date"] = date_object(start, t.granularity);
  if (t.shape == Shape::Range || t.shape == Shape::Uncertain) slide["end_date"] = date_object(*t.to, t.granularity);
  slide["display_date"] = t.label;
  slide["start_date"]["display_date"] = t.label;
  std::string body = "<p>" + exporting::html_escaped(exporting::evidence_sentence_of(e)) + "</p><p><i>" +
                     exporting::html_escaped(exporting::source_of(tl, e)) + "</i></p>";
  if (e.time && !e.time->basis.empty())
    body += "<p>Time: " + exporting::html_escaped(t.label) + " (" + exporting::html_escaped(e.time->basis) + ")</p>";
  slide["text"] = {{"headline", exporting::headline_of(e)}, {"text", body}};
  slide["group"] = lane;
  slide["edtf"] = t.edtf;
  slide["time_shape"] = std::string(exporting::to_string(t.shape));
  return slide;
}

}  // namespace

std::string timeline_to_timelinejs(const Timeline& tl) {
  // The page's plan gives the title and the groups, so TimelineJS groups as the page's lanes do.
  const exporting::ChronologyPlan plan = exporting::plan_chronology(tl);
  const exporting::ExportLanes lanes = exporting::export_lanes(plan);
  json events = json::array();
  std::string undated;
  for (std::size_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    const auto t = exporting::shown_time(e.time);
    if (t.shape == Shape::Unknown) {
      // TimelineJS cannot place an event without a date; the title slide lists them instead.
      undated += "<li>" + exporting::html_escaped(exporting::headline_of(e)) + " (" + e.id + ")</li>";
      continue;
    }
    events.push_back(slide_of(tl, e, t, lanes.names[lanes.of_event[i]]));
  }
  std::string title_text = "<p>Events as parley read them; times not given by the text are shown as ranges or open.</p>";
  if (!undated.empty()) title_text += "<p>Time unknown:</p><ul>" + undated + "</ul>";
  json out{{"title", {{"text", {{"headline", plan.title}, {"text", title_text}}}}},
           {"events", events}};
  return out.dump(2) + "\n";
}

}  // namespace parley
