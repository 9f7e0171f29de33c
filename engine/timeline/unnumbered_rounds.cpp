// A phase event without a round number joins a round only on a tight, unambiguous match of days:
// its own time and the round's bound are each at most two days and overlap, and no other round
// of the series could be meant. A wide time ("in March"), an open one ("before the report") or a
// second candidate round leaves the event unnumbered: a wrong round would move that round's date,
// while a missed join only leaves the evidence unused.
//
// A report that names no negotiation at all ("Far from war-shattered Syria, talks began in
// Kazakhstan's capital Astana on Monday") tells of the series its other sentences name: the one
// most of its document's events name, when one does. Such a phase of "the talks" is tried against
// that series only, and not when its place is where another series is named after.
#include "engine/timeline/unnumbered_rounds.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>

#include "engine/timeline/actor_names.hpp"
#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/series_names.hpp"

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

// Whether the event's subject or object is talks a round number could apply to ("the talks",
// "negotiations", "the session"), not a summit or a body's meeting.
bool tells_of_talks(const Event& e) {
  return subject_names_talks(e) ||
         names_round_talks(e.object);
}

// Each document's series: the name most of its events carry, when one name leads.
std::map<std::string, std::string> document_series(const std::vector<Event>& events) {
  std::map<std::string, std::map<std::string, std::size_t>> counts;
  for (const Event& e : events)
    if (e.series && !e.series->name.empty())
      for (const Evidence& ev : e.evidence) ++counts[ev.doc][e.series->name];
  std::map<std::string, std::string> out;
  for (const auto& [doc, names] : counts) {
    std::size_t top = 0, second = 0;
    const std::string* lead = nullptr;
    for (const auto& [name, n] : names)
      if (n > top) second = top, top = n, lead = &name;
      else if (n > second) second = n;
    if (lead && top > second) out.emplace(doc, *lead);
  }
  return out;
}

// Whether `place` is where a series other than `name` is named after ("talks in Geneva" in a
// report on the Astana talks).
bool another_series_place(std::string_view place, const std::string& name, const std::vector<Series>& series) {
  if (place.empty()) return false;
  const std::vector<std::string> words = series_words(place);
  const std::vector<std::string> own = series_identity(name);
  for (const Series& s : series) {
    if (s.name == name) continue;
    for (const std::string& w : series_identity(s.name))
      if (std::find(own.begin(), own.end(), w) == own.end() && std::find(words.begin(), words.end(), w) != words.end())
        return true;
  }
  return false;
}

}  // namespace

std::vector<std::pair<Event*, int>> unnumbered_phase_rounds(std::vector<Event>& events,
                                                            const std::vector<Series>& series) {
  std::vector<std::pair<Event*, int>> out;
  const std::map<std::string, std::string> doc_series = document_series(events);
  for (Event& e : events) {
    // a phase of "the talks" in a report that names no series here: its document's series
    if (!e.series && !e.evidence.empty() && tells_of_talks(e)) {
      const auto it = doc_series.find(e.evidence.front().doc);
      if (it == doc_series.end() || another_series_place(e.place, it->second, series)) continue;
      if (e.kind != EventKind::Round && e.kind != EventKind::Meeting) continue;
      if (e.phase != Phase::Start && e.phase != Phase::End) continue;
      if (!e.time || e.time->text.empty() || !tight(e.time->time)) continue;
      for (const Series& s : series)
        if (s.name == it->second)
          if (const std::set<int> rounds = candidates(s, e.phase, e.time->time); rounds.size() == 1) {
            e.series = SeriesRef{s.name, 0, {}};
            out.emplace_back(&e, *rounds.begin());
          }
      continue;
    }
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
