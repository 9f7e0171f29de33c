// Each rule reads one kind of evidence; together they give the constraint graph its edges.
#include "engine/timeline/relation_finding.hpp"

namespace parley::timeline {
namespace {

bool is_main(const Mention& m) { return m.finite && !m.quoted && !m.noun; }

// The event a clause of mention `k` is subordinate to: the nearest main verb of the sentence that
// is outside the clause, looking forward first ("After leaving ..., Trump pursued").
std::size_t governing_event(const std::vector<Mention>& ms, std::size_t k) {
  const Mention& m = ms[k];
  for (std::size_t j = k + 1; j < ms.size() && ms[j].sentence == m.sentence; ++j)
    if (ms[j].finite && ms[j].cue == ClauseCue::None && ms[j].quoted == m.quoted) return j;
  for (std::size_t j = k; j-- > 0 && ms[j].sentence == m.sentence;)
    if (ms[j].finite && ms[j].cue == ClauseCue::None && ms[j].quoted == m.quoted) return j;
  return no_token;
}

// The statement that quotes mention `k`: the unquoted reporting verb of its sentence, or of the
// nearest sentence around it when the quote stands alone.
std::size_t quoting_statement(const std::vector<Mention>& ms, std::size_t k) {
  std::size_t best = no_token, best_d = 3;
  for (std::size_t j = 0; j < ms.size(); ++j) {
    if (ms[j].kind != EventKind::Statement || ms[j].quoted) continue;
    std::size_t d = ms[j].sentence > ms[k].sentence ? ms[j].sentence - ms[k].sentence : ms[k].sentence - ms[j].sentence;
    if (d < best_d) { best_d = d; best = j; }
  }
  return best;
}

}  // namespace

std::vector<MentionRelation> find_relations(const std::vector<Mention>& ms, const std::vector<Attachment>& times) {
  std::vector<MentionRelation> out;
  auto add = [&](std::size_t a, RelationType t, std::size_t b, std::string basis) {
    if (a == no_token || b == no_token || a == b) return;
    out.push_back({a, b, t, std::move(basis)});
  };
  std::size_t last_meeting = no_token;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    // anaphoric time: told against the last main event of an earlier sentence
    if (times[k].anaphoric) {
      std::size_t ref = no_token;
      for (std::size_t j = k; j-- > 0;)
        if (ms[j].sentence < m.sentence && is_main(ms[j])) { ref = j; break; }
      if (times[k].direction < 0) add(k, RelationType::Before, ref, times[k].cue);
      else if (times[k].direction > 0) add(k, RelationType::After, ref, times[k].cue);
      // "at midnight", "2 p.m. the same day": a time of its own orders the event by its bounds
      else if (!times[k].time || (!times[k].time->time.earliest && !times[k].time->time.latest))
        add(k, RelationType::Overlap, ref, times[k].cue);
    }
    // subordinate clauses
    if (m.cue != ClauseCue::None && m.cue != ClauseCue::InAdditionTo) {
      std::size_t g = governing_event(ms, k);
      switch (m.cue) {
        case ClauseCue::After: add(k, RelationType::Before, g, "after"); break;   // g after m
        case ClauseCue::Since: add(k, RelationType::Before, g, "since"); break;
        case ClauseCue::Before: add(k, RelationType::After, g, "before"); break;
        case ClauseCue::Until: add(g, RelationType::Before, k, "until"); break;
        case ClauseCue::While: add(k, RelationType::Overlap, g, "while"); break;
        default: break;
      }
    }
    // past perfect: before the past event of its sentence it is told against
    if (m.tense == Tense::PastPerfect) {
      std::size_t g = no_token;
      for (std::size_t j = k; j-- > 0 && ms[j].sentence == m.sentence;)
        if ((ms[j].tense == Tense::Past || ms[j].tense == Tense::PresentPerfect) && ms[j].finite) { g = j; break; }
      if (g == no_token)
        for (std::size_t j = k + 1; j < ms.size() && ms[j].sentence == m.sentence; ++j)
          if (ms[j].tense == Tense::Past && ms[j].finite) { g = j; break; }
      if (g == no_token)
        for (std::size_t j = k; j-- > 0;)
          if (ms[j].sentence < m.sentence && ms[j].tense == Tense::Past && is_main(ms[j])) { g = j; break; }
      add(k, RelationType::Before, g, "past perfect");
    }
    // what a speaker tells in the past tense happened before the telling
    if (m.quoted && !m.noun && (m.tense == Tense::Past || m.tense == Tense::PresentPerfect))
      add(k, RelationType::Before, quoting_statement(ms, k), "past tense in a quote");
    // "In this meeting, ...": inside the meeting told last
    if (m.in_previous_meeting && m.kind != EventKind::Meeting && m.kind != EventKind::Round)
      add(k, RelationType::During, last_meeting, "in this meeting");
    if ((m.kind == EventKind::Meeting || m.kind == EventKind::Round) && !m.quoted) last_meeting = k;
  }
  // a former office-holder's undated past acts precede what the article tells in the present
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (!m.actor_former || m.kind == EventKind::Statement || m.quoted) continue;
    if (m.tense != Tense::Past && m.tense != Tense::PastPerfect) continue;
    if (times[k].time && !times[k].time->timex.empty()) continue;
    for (std::size_t j = 0; j < ms.size(); ++j) {
      const Mention& p = ms[j];
      if (p.quoted || p.actor_former || p.noun) continue;
      if (p.tense != Tense::Present && p.tense != Tense::PresentPerfect) continue;
      add(k, RelationType::Before, j, "former office-holder: before what is told in the present");
    }
  }
  return out;
}

}  // namespace parley::timeline
