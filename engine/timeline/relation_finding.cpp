// Each rule reads one kind of evidence; together they give the constraint graph its edges.
#include "engine/timeline/relation_finding.hpp"

#include <algorithm>

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
// nearest sentence around it (at most two away) when the quote stands alone; the first in
// document order on a tie. `statements` lists the unquoted statements in document order, so only
// those of the five sentences around are looked at.
std::size_t quoting_statement(const std::vector<Mention>& ms, const std::vector<std::size_t>& statements,
                              std::size_t k) {
  const std::size_t s = ms[k].sentence, from = s >= 2 ? s - 2 : 0;
  auto j = std::partition_point(statements.begin(), statements.end(), [&](std::size_t i) { return ms[i].sentence < from; });
  std::size_t best = no_token, best_d = 3;
  for (; j != statements.end() && ms[*j].sentence <= s + 2; ++j) {
    const std::size_t t = ms[*j].sentence, d = t > s ? t - s : s - t;
    if (d < best_d) { best_d = d; best = *j; }
  }
  return best;
}

// For each mention, the last mention of an earlier sentence that satisfies `pick`, or no_token:
// one pass, so rules that look back across sentences stay linear in the mentions.
template <class Pick>
std::vector<std::size_t> last_in_earlier_sentences(const std::vector<Mention>& ms, Pick pick) {
  std::vector<std::size_t> out(ms.size(), no_token);
  std::size_t before_this_sentence = no_token, last = no_token;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (k == 0 || ms[k].sentence != ms[k - 1].sentence) before_this_sentence = last;
    out[k] = before_this_sentence;
    if (pick(ms[k])) last = k;
  }
  return out;
}

}  // namespace

std::vector<MentionRelation> find_relations(const std::vector<Mention>& ms, const std::vector<Attachment>& times) {
  std::vector<MentionRelation> out;
  auto add = [&](std::size_t a, RelationType t, std::size_t b, std::string basis) {
    if (a == no_token || b == no_token || a == b) return;
    out.push_back({a, b, t, std::move(basis)});
  };
  std::size_t last_meeting = no_token;
  const auto earlier_main = last_in_earlier_sentences(ms, is_main);
  const auto earlier_past_main = last_in_earlier_sentences(ms, [](const Mention& p) { return p.tense == Tense::Past && is_main(p); });
  std::vector<std::size_t> statements;
  for (std::size_t j = 0; j < ms.size(); ++j)
    if (ms[j].kind == EventKind::Statement && !ms[j].quoted) statements.push_back(j);
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    // anaphoric time: told against the last main event of an earlier sentence
    if (times[k].anaphoric) {
      const std::size_t ref = earlier_main[k];
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
      if (g == no_token) g = earlier_past_main[k];
      add(k, RelationType::Before, g, "past perfect");
    }
    // what a speaker tells in the past tense happened before the telling
    if (m.quoted && !m.noun && (m.tense == Tense::Past || m.tense == Tense::PresentPerfect))
      add(k, RelationType::Before, quoting_statement(ms, statements, k), "past tense in a quote");
    // "In this meeting, ...": inside the meeting told last
    if (m.in_previous_meeting && m.kind != EventKind::Meeting && m.kind != EventKind::Round)
      add(k, RelationType::During, last_meeting, "in this meeting");
    if ((m.kind == EventKind::Meeting || m.kind == EventKind::Round) && !m.quoted) last_meeting = k;
  }
  // A former office-holder's undated past acts precede what the article tells in the present.
  // Every act before every present-tense event is a complete bipartite graph, which is its own
  // transitive reduction: a million relations in a 135 KB article built of such sentences. So
  // the pairs are written while they number no more than the mentions (every real article
  // read: TBAQ, Reuters), and beyond that each act is linked to one representative of the
  // present instead, keeping the relations linear: the present-tense event that must end first
  // (the smallest latest bound, the first told on a tie). Its latest bound is the tightest any
  // present event gives, so the acts' bounds are the ones all the pairs would give them; what
  // is lost is only the order of the acts against the other present events.
  std::vector<std::size_t> acts, present;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (!m.actor_former || m.kind == EventKind::Statement || m.quoted) continue;
    if (m.tense != Tense::Past && m.tense != Tense::PastPerfect) continue;
    if (times[k].time && !times[k].time->timex.empty()) continue;
    acts.push_back(k);
  }
  for (std::size_t j = 0; j < ms.size() && !acts.empty(); ++j) {
    const Mention& p = ms[j];
    if (p.quoted || p.actor_former || p.noun) continue;
    if (p.tense != Tense::Present && p.tense != Tense::PresentPerfect) continue;
    present.push_back(j);
  }
  const char* former_basis = "former office-holder: before what is told in the present";
  if (acts.size() * present.size() <= ms.size()) {
    for (std::size_t k : acts)
      for (std::size_t j : present) add(k, RelationType::Before, j, former_basis);
  } else {
    auto latest_of = [&](std::size_t j) -> std::optional<Instant> {
      return times[j].time ? times[j].time->time.latest : std::nullopt;
    };
    std::size_t first_to_end = present.front();
    for (std::size_t j : present) {
      const auto a = latest_of(j), b = latest_of(first_to_end);
      if (a && (!b || *a < *b)) first_to_end = j;
    }
    for (std::size_t k : acts) add(k, RelationType::Before, first_to_end, former_basis);
  }
  return out;
}

}  // namespace parley::timeline
