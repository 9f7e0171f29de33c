// The page's decisions, in the order a reader meets them: the period (fitted to the main events),
// what falls outside it, the lanes (a few, by series and kind, never one per actor), the title.
#include "engine/export/chronology_plan.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "engine/export/axis_fit.hpp"
#include "parley/dct.hpp"

namespace parley::exporting {
namespace {

bool bounded(const ShownTime& t) {
  return t.shape == Shape::Point || t.shape == Shape::Range || t.shape == Shape::Uncertain;
}

bool in_conflict(const Timeline& tl, const Event& e) {
  if (e.readings.size() >= 2) return true;
  return std::any_of(tl.contradictions.begin(), tl.contradictions.end(), [&](const Contradiction& c) {
    return std::find(c.events.begin(), c.events.end(), e.id) != c.events.end();
  });
}

// The events that fix the axis: main events pinned to a few days; failing those, any bounded
// main event (when neither exists, the publication days do).
std::vector<std::size_t> axis_evidence(const std::vector<PlannedEvent>& events) {
  std::vector<std::size_t> precise, wide;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const PlannedEvent& p = events[i];
    if (p.event->salience != Salience::Main || !bounded(p.time)) continue;
    (*p.time.to - *p.time.from <= precise_width ? precise : wide).push_back(i);
  }
  return precise.empty() ? wide : precise;
}

Placement placement_of(const PlannedEvent& p, Instant from, Instant to) {
  const ShownTime& t = p.time;
  if (t.shape == Shape::Unknown) return Placement::Undated;
  if (p.event->salience == Salience::Background) return Placement::Background;
  const auto inside = [&](Instant i) { return i >= from && i <= to; };
  switch (t.shape) {
    case Shape::OpenStart: return inside(*t.to) ? Placement::Chart : *t.to < from ? Placement::Earlier : Placement::Vague;
    case Shape::OpenEnd: return inside(*t.from) ? Placement::Chart : *t.from > to ? Placement::Later : Placement::Vague;
    default: break;
  }
  if (*t.to < from) return Placement::Earlier;
  if (*t.from > to) return Placement::Later;
  // Wider than the period plus a day: a bar across the whole axis would say nothing.
  if (*t.to - *t.from > (to - from) + std::chrono::days(1)) return Placement::Vague;
  return Placement::Chart;
}

// The event's series name, or empty when it has none or only a word that numbers rounds: the
// extraction sometimes takes "the third round" for a series named "Third", and a page titled
// "Third, 16 Aug 2017 – 29 Jan 2018" helps nobody.
std::string_view series_name(const Event& e) {
  static constexpr std::string_view not_names[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                   "eighth", "ninth", "tenth", "eleventh", "twelfth", "last", "next",
                                                   "final", "latest", "new", "previous"};
  if (!e.series || e.series->name.empty()) return {};
  for (const std::string_view w : not_names)
    if (same_series(e.series->name, w)) return {};
  return e.series->name;
}

bool has_series_lane(const Event& e) {
  return (e.kind == EventKind::Round || e.kind == EventKind::Meeting) && !series_name(e).empty();
}

std::string lowered(std::string s) {
  for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool has_dated_round(const Timeline& tl, std::string_view series) {
  return std::any_of(tl.series.begin(), tl.series.end(), [&](const Series& s) {
    return same_series(s.name, series) &&
           std::any_of(s.rounds.begin(), s.rounds.end(), [](const SeriesRound& r) { return r.start || r.end; });
  });
}

std::string kind_lane(EventKind k) {
  switch (k) {
    case EventKind::Round:
    case EventKind::Meeting: return "Meetings";
    case EventKind::Statement: return "Statements";
    case EventKind::Action: return "Actions";
  }
  return "Actions";
}

// Series lanes for the series with the most charted rounds and meetings (at least two: one
// meeting is no series to follow, unless a round of it has a date), then one lane per kind. Series names are compared without
// case, as articles write "Astana talks" and "Astana Talks"; the lane takes the commoner spelling.
void assign_lanes(const Timeline& tl, ChronologyPlan& plan) {
  struct Count {
    std::string key;
    std::map<std::string, std::size_t> spellings;
    std::size_t n = 0;
  };
  std::vector<Count> counts;  // in order of first appearance
  for (const PlannedEvent& p : plan.events) {
    if (p.placement != Placement::Chart || !has_series_lane(*p.event)) continue;
    const std::string key = lowered(std::string(series_name(*p.event)));
    auto it = std::find_if(counts.begin(), counts.end(), [&](const Count& c) { return c.key == key; });
    if (it == counts.end()) it = counts.insert(counts.end(), Count{key, {}, 0});
    ++it->n;
    ++it->spellings[std::string(series_name(*p.event))];
  }
  std::erase_if(counts, [&](const Count& c) { return c.n < 2 && !has_dated_round(tl, c.key); });
  std::stable_sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) { return a.n > b.n; });
  if (counts.size() > max_series_lanes) counts.resize(max_series_lanes);
  std::vector<std::string> lane_of_event(plan.events.size());
  bool used[3] = {false, false, false};
  const char* kinds[3] = {"Meetings", "Statements", "Actions"};
  for (std::size_t i = 0; i < plan.events.size(); ++i) {
    const PlannedEvent& p = plan.events[i];
    if (p.placement != Placement::Chart) continue;
    const Event& e = *p.event;
    if (has_series_lane(e) &&
        std::any_of(counts.begin(), counts.end(), [&](const Count& c) { return c.key == lowered(e.series->name); })) {
      lane_of_event[i] = lowered(e.series->name);
      continue;
    }
    lane_of_event[i] = kind_lane(e.kind);
    for (int k = 0; k < 3; ++k) used[k] |= lane_of_event[i] == kinds[k];
  }
  for (const Count& c : counts) {
    const auto common = std::max_element(c.spellings.begin(), c.spellings.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    plan.lanes.push_back({common->first, common->first});
  }
  for (int k = 0; k < 3; ++k)
    if (used[k]) plan.lanes.push_back({kinds[k], {}});
  for (std::size_t i = 0; i < plan.events.size(); ++i) {
    if (plan.events[i].placement != Placement::Chart) continue;
    const auto it = std::find_if(plan.lanes.begin(), plan.lanes.end(), [&](const Lane& l) {
      return l.series.empty() ? l.name == lane_of_event[i] : lowered(l.series) == lane_of_event[i];
    });
    plan.events[i].lane = std::size_t(it - plan.lanes.begin());
  }
}

std::string derived_title(const Timeline& tl, const ChronologyPlan& plan) {
  const std::string span = plan.need_from ? day_range_text(*plan.need_from, *plan.need_to) : std::string();
  // The series most charted events belong to, named as the first of its lanes names it.
  std::map<std::string, std::size_t> by_series;
  for (const PlannedEvent& p : plan.events)
    if (p.placement == Placement::Chart && !series_name(*p.event).empty())
      ++by_series[lowered(std::string(series_name(*p.event)))];
  const auto top = std::max_element(by_series.begin(), by_series.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
  if (top != by_series.end()) {
    std::string name = top->first;
    for (const PlannedEvent& p : plan.events)
      if (p.event->series && lowered(p.event->series->name) == top->first) {
        name = p.event->series->name;
        break;
      }
    for (const Lane& l : plan.lanes)
      if (lowered(l.series) == top->first) name = l.series;
    return span.empty() ? name : name + ", " + span;
  }
  if (tl.documents.size() == 1) return tl.documents.front().id;
  return span.empty() ? "Chronology" : "Chronology, " + span;
}

}  // namespace

std::string_view to_string(Placement p) {
  switch (p) {
    case Placement::Chart: return "chart";
    case Placement::Earlier: return "earlier";
    case Placement::Later: return "later";
    case Placement::Vague: return "vague";
    case Placement::Background: return "background";
    case Placement::Undated: return "undated";
  }
  return "undated";
}

std::vector<const PlannedEvent*> in_time_order(const ChronologyPlan& plan) {
  std::vector<const PlannedEvent*> out;
  for (const PlannedEvent& p : plan.events) out.push_back(&p);
  const auto key = [](const PlannedEvent* p) { return p->time.from ? p->time.from : p->time.to; };
  std::stable_sort(out.begin(), out.end(), [&](const PlannedEvent* a, const PlannedEvent* b) {
    const auto ka = key(a), kb = key(b);
    if (!ka || !kb) return ka.has_value() && !kb.has_value();
    return *ka < *kb;
  });
  return out;
}

bool same_series(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

ChronologyPlan plan_chronology(const Timeline& tl, std::string_view title) {
  ChronologyPlan plan;
  for (const TimelineDocument& d : tl.documents)
    if (!d.dct.empty())
      if (auto dct = parse_dct(d.dct)) plan.publications.push_back(dct->instant);
  std::sort(plan.publications.begin(), plan.publications.end());
  plan.events.reserve(tl.events.size());
  for (const Event& e : tl.events) plan.events.push_back({&e, shown_time(e.time), Placement::Undated, 0, in_conflict(tl, e)});

  const std::vector<std::size_t> evidence = axis_evidence(plan.events);
  std::vector<DatedSpan> spans;
  for (const std::size_t i : evidence) spans.push_back({*plan.events[i].time.from, *plan.events[i].time.to});
  if (spans.empty())
    for (const Instant d : plan.publications) spans.push_back({d, d});
  if (const auto fit = fitted_span(spans, plan.publications)) {
    plan.need_from = fit->from;
    plan.need_to = fit->to;
    for (std::size_t k = 0; k < evidence.size(); ++k) plan.events[evidence[k]].fixes_axis = fit->kept[k];
  }
  for (PlannedEvent& p : plan.events)
    p.placement = plan.need_from ? placement_of(p, *plan.need_from, *plan.need_to)
                  : p.time.shape == Shape::Unknown        ? Placement::Undated
                  : p.event->salience == Salience::Background ? Placement::Background
                                                              : Placement::Vague;
  assign_lanes(tl, plan);
  plan.title = title.empty() ? derived_title(tl, plan) : std::string(title);
  return plan;
}

ExportLanes export_lanes(const ChronologyPlan& plan) {
  ExportLanes out;
  for (const Lane& l : plan.lanes) out.names.push_back(l.name);
  out.of_event.reserve(plan.events.size());
  for (const PlannedEvent& p : plan.events) {
    if (p.placement == Placement::Chart) {
      out.of_event.push_back(p.lane);
      continue;
    }
    const Event& e = *p.event;
    auto it = plan.lanes.end();
    if (has_series_lane(e))
      it = std::find_if(plan.lanes.begin(), plan.lanes.end(),
                        [&](const Lane& l) { return !l.series.empty() && same_series(l.series, e.series->name); });
    if (it != plan.lanes.end()) {
      out.of_event.push_back(std::size_t(it - plan.lanes.begin()));
      continue;
    }
    const std::string kind = kind_lane(e.kind);
    auto name = std::find(out.names.begin(), out.names.end(), kind);
    if (name == out.names.end()) name = out.names.insert(out.names.end(), kind);
    out.of_event.push_back(std::size_t(name - out.names.begin()));
  }
  return out;
}

}  // namespace parley::exporting
