// bind_story_round(): unnumbered phases of talks joined to the one round their document is about.
#include "engine/timeline/story_round.hpp"

#include "engine/timeline/lexicon.hpp"

#include <algorithm>
#include <chrono>
#include <string>

namespace parley::timeline {
namespace {

// Further apart than this, a phase of "the talks" is another meeting of the same negotiation
// (background: "talks began in 2013"), not a phase of the round the report is about.
constexpr auto story_window = std::chrono::days(14);

bool planned(Tense t) { return t == Tense::Future || t == Tense::Modal || t == Tense::Nonfinite; }

bool same_name(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
  };
  const std::string la = lower(a), lb = lower(b);
  return la.find(lb) != std::string::npos || lb.find(la) != std::string::npos;
}

// Days between two times' bounds (0 when they meet or a side has no bound).
std::chrono::seconds gap(const std::optional<EventTime>& a, const std::optional<EventTime>& b) {
  if (!a || !b) return std::chrono::seconds(0);
  const ResolvedTime &x = a->time, &y = b->time;
  if (x.latest && y.earliest && *x.latest < *y.earliest)
    return std::chrono::duration_cast<std::chrono::seconds>(*y.earliest - *x.latest);
  if (y.latest && x.earliest && *y.latest < *x.earliest)
    return std::chrono::duration_cast<std::chrono::seconds>(*x.earliest - *y.latest);
  return std::chrono::seconds(0);
}

}  // namespace

void bind_story_round(std::vector<Mention>& ms, const std::vector<Attachment>& times,
                      const std::vector<EventOrdinal>& ordinals) {
  // the numbered round mentions, told as done or as planned
  std::vector<std::size_t> done, plan;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (m.kind != EventKind::Round || m.ordinal_index < 0) continue;
    if (round_number(ordinals[static_cast<std::size_t>(m.ordinal_index)]) > 0) (planned(m.tense) ? plan : done).push_back(k);
  }
  // a document whose events number no round may still name one once ("Eighth round of talks to
  // start in Doha" as a headline): then that is the story's round, told in the past; not when
  // the document also counts rounds from others ("delay to fifth round" over "the next round":
  // the talks just held are another round)
  int named = 0, named_at = -1;
  if (done.empty() && plan.empty())
    for (std::size_t o = 0; o < ordinals.size(); ++o)
      if (const int n = round_number(ordinals[o]); n > 0) {
        if (named == 0) named_at = static_cast<int>(o);
        named = named == 0 || named == n ? n : -1;
      } else if (counts_rounds(ordinals[o].noun) && (ordinals[o].kind == EventOrdinal::Kind::Next ||
                                                     ordinals[o].kind == EventOrdinal::Kind::Previous)) {
        named = -1;
        break;
      }
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.kind != EventKind::Meeting || m.phase == Phase::None || m.ordinal_index >= 0 || m.noun) continue;
    const auto verb = read_verb(m.lemma);
    // "talks continued Tuesday" tells a day inside a round, not one of its phases
    if (!(m.lemma == "take place" || m.lemma == "get underway" || (verb && verb->cls == VerbClass::Phase)) || m.lemma == "continue") continue;
    if (!names_round_talks(m.actor) && !names_round_talks(m.object)) continue;
    // "Araqchi held talks with the heads of two delegations": talks someone holds are a meeting
    // inside the round; only "the talks were held" is the round itself
    if (m.phase == Phase::Whole && !names_round_talks(m.actor)) continue;
    if (negated(m.verb_group)) continue;  // "trade talks will not open"
    if (named != 0) {
      // the one round named outside any event is the story's, but not the target of a plan
      // ("Sixth round ... ended; trade talks will not open" is no phase of the sixth round)
      if (named < 0 || planned(m.tense)) continue;
      m.kind = EventKind::Round;
      m.ordinal_index = named_at;
      continue;
    }
    // the rounds told near it in time (an undated one is near), of its series: exactly one
    const std::vector<std::size_t>& story = planned(m.tense) ? plan : done;
    const Mention* source = nullptr;
    int number = 0;
    for (std::size_t j : story) {
      if (!same_name(ms[j].series_name, m.series_name) || gap(times[j].time, times[k].time) > story_window) continue;
      const int n = round_number(ordinals[static_cast<std::size_t>(ms[j].ordinal_index)]);
      number = number == 0 || number == n ? n : -1;
      if (!source || (source->series_name.empty() && !ms[j].series_name.empty())) source = &ms[j];
    }
    if (number <= 0) continue;
    m.kind = EventKind::Round;
    m.ordinal_index = source->ordinal_index;
    if (m.series_name.empty()) m.series_name = source->series_name;
  }
}

}  // namespace parley::timeline
