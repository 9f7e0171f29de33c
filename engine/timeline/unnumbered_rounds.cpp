// A phase event without a round number joins a round only on a tight, unambiguous match of days:
// its own time and the round's bound are each at most two days and overlap, and no other round
// of the series could be meant. A wide time ("in March"), an open one ("before the report") or a
// second candidate round leaves the event unnumbered: a wrong round would move that round's date,
// while a missed join only leaves the evidence unused.
//
// A report that names no negotiation at all ("Far from war-shattered Syria, talks began in
// Kazakhstan's capital Astana on Monday") has been lent its series by unify_series
// (timeline_series.cpp) before this runs: the series of its place, its document or its collection.
#include "engine/timeline/unnumbered_rounds.hpp"

#include <algorithm>
#include <chrono>
#include <set>

namespace parley::timeline {
namespace {

constexpr auto max_day_width = std::chrono::hours(48);  // "at most two days"
constexpr auto max_round_span = std::chrono::days(14);  // rounds last days, not weeks

bool tight(const ResolvedTime& t) {
  return t.earliest && t.latest && *t.earliest <= *t.latest && *t.latest - *t.earliest <= max_day_width;
}

bool overlaps(const ResolvedTime& a, const ResolvedTime& b) {
  return !(*a.latest < *b.earliest) && !(*b.latest < *a.earliest);
}

// The rounds of `s` the phase event at `t` may tell of.
std::set<int> candidates(const Series& s, Phase phase, const ResolvedTime& t) {
  std::set<int> out;
  for (const SeriesRound& r : s.rounds) {
    const std::optional<EventTime>& bound = phase == Phase::Start ? r.start : r.end;
    if (bound && tight(bound->time) && overlaps(bound->time, t)) out.insert(r.round);
    if (!r.start || !r.end) continue;
    const auto &lo = r.start->time.earliest, &hi = r.end->time.latest;
    if (lo && hi && *lo <= *hi && *hi - *lo <= max_round_span && *t.earliest >= *lo && *t.latest <= *hi)
      out.insert(r.round);
  }
  return out;
}

}  // namespace

std::vector<std::pair<Event*, int>> unnumbered_phase_rounds(std::vector<Event>& events,
                                                            const std::vector<Series>& series) {
  std::vector<std::pair<Event*, int>> out;
  for (Event& e : events) {
    if (!e.series || e.series->round > 0 || e.series->name.empty()) continue;
    if (e.kind != EventKind::Round && e.kind != EventKind::Meeting) continue;
    if (e.phase != Phase::Start && e.phase != Phase::End) continue;
    // a stated day: a default (a tense's "before the report") places nothing
    if (!e.time || e.time->text.empty() || !tight(e.time->time)) continue;
    for (const Series& s : series) {
      if (s.name != e.series->name) continue;  // never across series
      const std::set<int> rounds = candidates(s, e.phase, e.time->time);
      if (rounds.size() == 1) out.emplace_back(&e, *rounds.begin());
    }
  }
  return out;
}

}  // namespace parley::timeline
