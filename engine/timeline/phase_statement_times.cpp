// date_phases_by_statement(): round phases without a time of their own take their statement's.
#include "engine/timeline/phase_statement_times.hpp"

#include <date/date.h>

#include "engine/timeline/day_counts.hpp"

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

// The finite, unquoted verb before mention `k` in its sentence that opens no clause of its own
// and has a written, bounded time; no_token when none.
std::size_t main_clause_of(const std::vector<Mention>& ms, const std::vector<Attachment>& times, std::size_t k) {
  for (std::size_t j = k; j-- > 0 && ms[j].sentence == ms[k].sentence;) {
    const Mention& p = ms[j];
    if (!p.finite || p.quoted || p.cue != ClauseCue::None || p.tense != ms[k].tense) continue;
    if (written(times[j].time) && !times[j].anaphoric && times[j].time->time.earliest && times[j].time->time.latest)
      return j;
  }
  return no_token;
}

}  // namespace

void date_phases_by_statement(const TextUnits& units, const std::vector<Mention>& ms, std::vector<Attachment>& times,
                              const std::optional<Dct>& dct) {
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (m.phase == Phase::None || (m.kind != EventKind::Round && m.kind != EventKind::Meeting)) continue;
    if (written(times[k].time) || times[k].anaphoric) continue;
    // "Negotiators on Friday began composing the text ... as they closed out a fifth round of
    // talks": a phase in an "as" or "while" clause is at the written time of its main clause
    const bool while_clause =
        m.cue == ClauseCue::While ||
        (m.subject_first != no_token && m.subject_first > units.sentences[m.sentence].first &&
         (iequals(units.word(m.subject_first - 1), "as") || iequals(units.word(m.subject_first - 1), "while")));
    if (while_clause && !m.quoted) {
      const std::size_t main = main_clause_of(ms, times, k);
      if (main != no_token) {
        EventTime et = *times[main].time;
        et.basis = "the time of the main clause: " + et.text;
        times[k].time = std::move(et);
      }
      continue;
    }
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
    // its default time ("the DCT's day or the day before") only for a phase told before the
    // statement, as its setting ("At the end of the fourth round, Davis said"); after it, the
    // phase may be what was said of the future ("said talks would resume after the end of ...")
    const bool setting = at != no_token && m.trigger < ms[at].trigger && !perfect;
    if (told_done && (written(times[at].time) || setting) && !times[at].anaphoric && times[at].time &&
        times[at].time->time.earliest && times[at].time->time.latest) {
      EventTime et = *times[at].time;
      et.basis = "the time of the statement telling it: " + (et.text.empty() ? et.basis : et.text);
      count_back_to_start(et, m.day_count);  // "On the fourth day of the talks, Zarif said"
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
