// Intervals on a line have a common point when every two of them meet, so conflicting readings
// are found by one sweep: sorted by their latest bound, each reading joins the current group
// when it starts before the group ends, or opens a new group.
#include "engine/merge/time_combination.hpp"

#include <algorithm>
#include <limits>

namespace parley::merge {
namespace {

struct Group {
  std::optional<Instant> earliest, latest;
  std::vector<const SourcedTime*> members;
};

bool narrows(const std::optional<Instant>& lo, const std::optional<Instant>& hi) { return !lo || !hi || *lo <= *hi; }

// The first member's time with the group's bounds; the basis says when several sources set them.
EventTime time_of(const Group& g) {
  EventTime t = *g.members.front()->time;
  t.time.earliest = g.earliest;
  t.time.latest = g.latest;
  if (g.members.size() > 1) {
    // a time already combined (a merged event's) is combined again when its round is solved
    std::string_view basis = t.basis;
    if (basis.starts_with("intersection of ")) {
      std::size_t colon = basis.find(": ");
      if (colon != std::string_view::npos) basis.remove_prefix(colon + 2);
    }
    t.basis = "intersection of " + std::to_string(g.members.size()) + " sources: " + std::string(basis);
  }
  return t;
}

void intersect(Group& g, const EventTime& t) {
  if (t.time.earliest && (!g.earliest || *t.time.earliest > *g.earliest)) g.earliest = t.time.earliest;
  if (t.time.latest && (!g.latest || *t.time.latest < *g.latest)) g.latest = t.time.latest;
}

}  // namespace

CombinedTime combine_times(const std::vector<SourcedTime>& sources) {
  std::vector<const SourcedTime*> stated, defaults;
  for (const auto& s : sources) {
    if (!s.time) continue;
    (s.time->text.empty() ? defaults : stated).push_back(&s);
  }
  CombinedTime out;
  if (stated.empty() && defaults.empty()) return out;
  auto latest_key = [](const SourcedTime* s) {
    return s->time->time.latest ? s->time->time.latest->time_since_epoch().count() : std::numeric_limits<long long>::max();
  };
  std::vector<Group> groups;
  std::vector<const SourcedTime*> order = stated.empty() ? defaults : stated;
  std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) { return latest_key(a) < latest_key(b); });
  for (const SourcedTime* s : order) {
    if (!groups.empty()) {
      Group trial = groups.back();
      intersect(trial, *s->time);
      if (narrows(trial.earliest, trial.latest)) {
        trial.members.push_back(s);
        groups.back() = std::move(trial);
        continue;
      }
    }
    Group g;
    intersect(g, *s->time);
    g.members.push_back(s);
    groups.push_back(std::move(g));
  }
  // the reading most sources give is the event's time; on a tie, the earlier one
  const Group* best = &groups.front();
  for (const Group& g : groups)
    if (g.members.size() > best->members.size()) best = &g;
  Group chosen = *best;
  if (!stated.empty())  // defaults narrow the stated time only when they fit it
    for (const SourcedTime* d : defaults) {
      Group trial = chosen;
      intersect(trial, *d->time);
      if (narrows(trial.earliest, trial.latest)) chosen.earliest = trial.earliest, chosen.latest = trial.latest;
    }
  out.time = time_of(chosen);
  if (groups.size() > 1 && !stated.empty())  // defaults never conflict: nothing was stated
    for (const Group& g : groups) {
      TimeReading r;
      for (const SourcedTime* m : g.members) r.docs.push_back(m->doc);
      std::sort(r.docs.begin(), r.docs.end());
      r.time = time_of(g);
      out.readings.push_back(std::move(r));
    }
  return out;
}

}  // namespace parley::merge
