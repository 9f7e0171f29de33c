// date_phases_by_statement(): a phase noun or opening gerund takes its statement's written time.
#include "engine/timeline/phase_statement_times.hpp"

namespace parley::timeline {

void date_phases_by_statement(const TextUnits& units, const std::vector<Mention>& ms, std::vector<Attachment>& times) {
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    const bool opening_gerund = !m.noun && !m.finite && m.trigger == units.sentences[m.sentence].first;
    if (!(m.noun || opening_gerund) || m.phase == Phase::None || m.quoted) continue;
    if (m.kind != EventKind::Round && m.kind != EventKind::Meeting) continue;
    if (times[k].time && !times[k].time->timex.empty()) continue;
    // the statement of the same sentence, told as done, dated by a time it was written with
    // ("announced on Friday"); not a plan ("will announce the end of the talks on Monday")
    const Mention* by = nullptr;
    std::size_t at = 0;
    for (std::size_t j = k; j-- > 0 && ms[j].sentence == m.sentence;)
      if (ms[j].kind == EventKind::Statement) { by = &ms[j]; at = j; break; }
    for (std::size_t j = k + 1; !by && j < ms.size() && ms[j].sentence == m.sentence; ++j)
      if (ms[j].kind == EventKind::Statement) { by = &ms[j]; at = j; }
    if (!by || by->quoted || !(by->tense == Tense::Past || by->tense == Tense::PresentPerfect)) continue;
    const auto& t = times[at].time;
    if (!t || t->timex.empty() || times[at].anaphoric || !t->time.earliest || !t->time.latest) continue;
    EventTime et = *t;
    et.basis = "the time of the statement telling it: " + et.text;
    times[k].time = std::move(et);
  }
}

}  // namespace parley::timeline
