#pragma once
// What the chronology page shows before anything is drawn: its title, the period its axis covers,
// its lanes, and where each event goes (on the chart, or in the side list and why). Decided from
// the model alone, so the tests check these values and the drawing only follows them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/export/shown_time.hpp"
#include "parley/timeline.hpp"

namespace parley::exporting {

// Where an event is shown. Everything but Chart is listed beside the drawing.
enum class Placement : unsigned char {
  Chart,       // drawn on the axis
  Earlier,     // dated before the period shown
  Later,       // dated after it
  Vague,       // its time is wider than the period shown ("in 2021", "before 2022")
  Background,  // Event::salience is Background
  Undated      // no bounds at all
};
std::string_view to_string(Placement);

struct Lane {
  std::string name;    // "Vienna talks", "Meetings", "Statements", "Actions"
  std::string series;  // the series whose rounds and meetings it holds; empty for a lane by kind
};

struct PlannedEvent {
  const Event* event = nullptr;
  ShownTime time;
  Placement placement = Placement::Undated;
  std::size_t lane = 0;   // into ChronologyPlan::lanes, for Chart
  bool conflict = false;  // its sources disagree: readings, or a contradiction names it
  bool fixes_axis = false;  // one of the main events whose bounds the axis is fitted to
};

struct ChronologyPlan {
  std::string title;
  // The period the main events need: from the earliest bound to the latest of the events that
  // fix a day or a few days, leaving out outliers (see axis_fit.hpp). Absent when none is dated.
  std::optional<Instant> need_from, need_to;
  std::vector<Lane> lanes;            // at most max_lanes
  std::vector<PlannedEvent> events;   // in timeline order
  std::vector<Instant> publications;  // the documents' DCTs, ascending
};

inline constexpr std::size_t max_series_lanes = 3;
inline constexpr std::size_t max_lanes = max_series_lanes + 3;  // + meetings, statements, actions

// The events by time (the earlier bound, else the later; undated last), timeline order on ties:
// the order of the side list and the table, which a merged timeline's order need not be.
std::vector<const PlannedEvent*> in_time_order(const ChronologyPlan&);

// Series names as lanes compare them: without case.
bool same_series(std::string_view a, std::string_view b);

// `title` replaces the one derived from the timeline when not empty. The plan points into the
// timeline's events: the timeline must outlive it (never pass a temporary).
ChronologyPlan plan_chronology(const Timeline&, std::string_view title = {});
ChronologyPlan plan_chronology(const Timeline&&, std::string_view = {}) = delete;

// Every event's lane, for the exports that group events (vis groups, TimelineJS groups, the CSV
// lane column): the page's lanes, so all formats group alike. Events the page lists beside the
// chart go to their series' lane when the page has one, else to the lane of their kind (added
// after the page's lanes when the page has none for it): never one lane per actor.
struct ExportLanes {
  std::vector<std::string> names;     // at most max_lanes
  std::vector<std::size_t> of_event;  // into names, one per Timeline::events
};
ExportLanes export_lanes(const ChronologyPlan&);

}  // namespace parley::exporting
