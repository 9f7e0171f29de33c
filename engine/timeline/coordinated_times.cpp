#include "engine/timeline/coordinated_times.hpp"

#include <string>
#include <string_view>

namespace parley::timeline {
namespace {

bool coordinator(std::string_view w) { return iequals(w, "and") || iequals(w, "but"); }

}  // namespace

bool ends_before_coordinated_verb(const TextUnits& u, const Sentence& s, TimexTokens t,
                                  std::span<const Mention> mentions) {
  std::size_t i = t.last + 1;
  if (i < s.last && u.word(i) == ",") ++i;
  if (i >= s.last || !coordinator(u.word(i))) return false;
  for (const Mention& m : mentions)
    if (m.coordinated && !m.noun && m.trigger > i && m.trigger <= i + 2) return true;
  return false;
}

void share_coordinated_times(const TextUnits& u, const std::vector<Mention>& mentions,
                             const std::vector<std::size_t>& time_token, std::vector<Attachment>& times) {
  for (std::size_t k = 1; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (times[k].time || !m.coordinated || m.noun || m.needs_own_time) continue;
    // the verb whose subject it shares: the nearest finite one before it, as
    // share_coordinated_subjects finds it
    std::size_t j = k;
    while (j-- > 0 && mentions[j].sentence == m.sentence)
      if (mentions[j].finite && !mentions[j].noun && mentions[j].quoted == m.quoted) break;
    if (j >= k || mentions[j].sentence != m.sentence) continue;
    const Mention& first = mentions[j];
    const std::size_t at = time_token[j];
    if (first.tense != m.tense || at == no_token || at <= first.trigger_last || at >= m.trigger) continue;
    if (times[j].anaphoric || !times[j].time) continue;
    const EventTime& et = *times[j].time;
    // a day or finer: "joined the firm in 1970 and became its president" are two times of 1970
    if (et.time.granularity > Granularity::Day) continue;
    // only across the coordinator itself: "X on Monday, and officials said Y" is no shared subject
    bool joined = false;
    for (std::size_t i = at; i < m.trigger && !joined; ++i) joined = coordinator(u.word(i));
    if (!joined) continue;
    EventTime shared = et;
    shared.basis = "coordinated with '" + std::string(u.word(first.trigger)) + "': " + et.text;
    times[k].time = std::move(shared);
  }
}

}  // namespace parley::timeline
