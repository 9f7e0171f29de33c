// Numbering conflicts for the compare report: a session one outlet calls round 2 and another
// round 1. Read from the compared timelines' own rounds (after series unification), so each
// reading keeps its source's number, sentence and time as written.
#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

#include "engine/merge/compare_sections.hpp"

namespace parley::merge {
namespace {

// A round's start or end one source dates to at most two days.
struct Told {
  std::size_t source;
  const Event* event;
  int round;
  Instant earliest, latest;
};

bool tells_bound(const Event& e, std::string_view bound) {
  return e.phase == Phase::Whole || (bound == "start" ? e.phase == Phase::Start : e.phase == Phase::End);
}

bool meet(const Told& a, const Told& b) { return !(a.latest < b.earliest) && !(b.latest < a.earliest); }

}  // namespace

std::vector<NumberingConflict> numbering_conflicts(const std::vector<Timeline>& inputs,
                                                   const std::vector<std::string>& source_names) {
  // (series, bound) -> the bounds told
  std::map<std::pair<std::string, std::string>, std::vector<Told>> told;
  for (std::size_t t = 0; t < inputs.size(); ++t)
    for (const Event& e : inputs[t].events) {
      if (e.kind != EventKind::Round || !e.series || e.series->round <= 0 || e.series->name.empty()) continue;
      // a plan ("will be held on") is no outlet's number for a session held
      if (e.tense == Tense::Future || e.tense == Tense::Modal || !e.time || e.time->text.empty()) continue;
      const auto& tm = e.time->time;
      if (!tm.earliest || !tm.latest || *tm.latest - *tm.earliest > std::chrono::hours(48)) continue;
      for (std::string_view bound : {"start", "end"})
        if (tells_bound(e, bound))
          told[{e.series->name, std::string(bound)}].push_back({t, &e, e.series->round, *tm.earliest, *tm.latest});
    }
  // (series, bound, lower round, higher round) -> the tellings of either number that meet one of the other's
  std::map<std::tuple<std::string, std::string, int, int>, std::vector<const Told*>> found;
  for (const auto& [key, v] : told)
    for (std::size_t i = 0; i < v.size(); ++i)
      for (std::size_t j = i + 1; j < v.size(); ++j) {
        const Told &a = v[i], &b = v[j];
        if (a.round == b.round || a.source == b.source || !meet(a, b)) continue;
        // a source that itself gives both numbers for the day says two rounds met there
        auto gives = [&](std::size_t source, int round, const Told& other) {
          return std::any_of(v.begin(), v.end(), [&](const Told& x) {
            return x.source == source && x.round == round && meet(x, other);
          });
        };
        if (gives(a.source, b.round, a) || gives(b.source, a.round, b)) continue;
        auto& into = found[{key.first, key.second, std::min(a.round, b.round), std::max(a.round, b.round)}];
        for (const Told* x : {&a, &b})
          if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
      }
  std::vector<NumberingConflict> out;
  for (auto& [key, tellings] : found) {
    NumberingConflict c{std::get<0>(key), std::get<1>(key), {}};
    std::stable_sort(tellings.begin(), tellings.end(), [](const Told* a, const Told* b) {
      return std::tie(a->round, a->source) < std::tie(b->round, b->source);
    });
    for (const Told* x : tellings) {
      if (c.readings.empty() || c.readings.back().round != x->round) {
        NumberedReading r;
        r.round = x->round;
        r.reading.value = x->event->time->time.value;
        r.reading.earliest = x->earliest;
        r.reading.latest = x->latest;
        c.readings.push_back(std::move(r));
      }
      DateReading& d = c.readings.back().reading;
      const std::string& name = source_names[x->source];
      if (std::find(d.sources.begin(), d.sources.end(), name) == d.sources.end()) d.sources.push_back(name);
      for (const Evidence& ev : x->event->evidence) {
        const bool seen = std::any_of(d.spans.begin(), d.spans.end(), [&](const TimeSpan& s) {
          return s.doc == ev.doc && s.sentence == ev.sentence;
        });
        if (!seen) d.spans.push_back({ev.doc, ev.sentence, x->event->time->text, ev.text});
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace parley::merge
