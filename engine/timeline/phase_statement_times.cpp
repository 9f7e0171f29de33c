// date_phases_by_statement(): round phases without a time of their own take their statement's.
#include "engine/timeline/phase_statement_times.hpp"

#include <date/date.h>

namespace parley::timeline {
namespace {

// The statement of mention `k`'s sentence, told before it or else after it; no_token when none.
std::size_t statement_of(const std::vector<Mention>& ms, std::size_t k) {
  for (std::size_t j = k; j-- > 0 && ms[j].sentence == ms[k].sentence;)
    if (ms[j].kind == EventKind::Statement) return j;
  for (std::size_t j = k + 1; j < ms.size() && ms[j].sentence == ms[k].sentence; ++j)
    if (ms[j].kind == EventKind::Statement) return j;
  return no_token;
}

bool written(const std::optional<EventTime>& t) { return t && !t->timex.empty(); }

}  // namespace

void date_phases_by_statement(const TextUnits& units, const std::vector<Mention>& ms, std::vector<Attachment>& times,
                              const std::optional<Dct>& dct) {
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (m.phase == Phase::None || (m.kind != EventKind::Round && m.kind != EventKind::Meeting)) continue;
    if (written(times[k].time) || times[k].anaphoric) continue;
    const bool opening_gerund = !m.noun && !m.finite && m.trigger == units.sentences[m.sentence].first;
    const bool perfect = !m.noun && m.tense == Tense::PresentPerfect && m.phase != Phase::Whole;
    // in a quote only a round's own side telling it ("We have just concluded the seventh round"),
    // not a meeting in a condition ("If Venezuela and Mexico have concluded their negotiations")
    if (!(m.noun || opening_gerund || perfect) || (m.quoted && !(perfect && m.kind == EventKind::Round))) continue;
    // the statement of the same sentence, told as done, dated by a time it was written with
    // ("announced on Friday"); not a plan ("will announce the end of the talks on Monday")
    const std::size_t at = statement_of(ms, k);
    const Mention* by = at == no_token ? nullptr : &ms[at];
    const bool told_done = by && !by->quoted && (by->tense == Tense::Past || by->tense == Tense::PresentPerfect);
    if (told_done && written(times[at].time) && !times[at].anaphoric && times[at].time->time.earliest &&
        times[at].time->time.latest) {
      EventTime et = *times[at].time;
      et.basis = "the time of the statement telling it: " + et.text;
      times[k].time = std::move(et);
      continue;
    }
    // "The first round of NAFTA negotiations has wrapped up.": a round's phase in the present
    // perfect is news of the report's day, as a statement is
    if (!perfect || !dct || (by && !told_done)) continue;
    const auto [day_start, day_end] = dct_bounds(*dct);
    EventTime et;
    et.basis = "present perfect of a round's phase: the DCT's day or the day before";
    et.anchor = "dct";
    et.time.type = TimexType::Date;
    et.time.basis = Basis::Dct;
    et.time.earliest = day_start - date::days{1};
    et.time.latest = day_end;
    et.time.granularity = Granularity::Day;
    times[k].time = std::move(et);
  }
}

}  // namespace parley::timeline
