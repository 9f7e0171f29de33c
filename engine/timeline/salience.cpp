// Salience rules, first match wins. Each names its reason, so a reader of `--all` sees why an
// event was put aside.
#include "engine/timeline/salience.hpp"

#include <algorithm>
#include <chrono>
#include <unordered_set>

#include <date/date.h>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/time_attachment.hpp"

namespace parley::timeline {
namespace {

void background(Event& e, std::string reason) {
  e.salience = Salience::Background;
  e.salience_reason = std::move(reason);
}

bool own_time(const Event& e) { return e.time && !e.time->timex.empty(); }

// "The talks did not take place", "has not yet met", "will never sign": a negation among the
// three words before the trigger in the summary (the verb group read by the clause reader may
// stop at the negation, as in "did not take")
bool negated_before_trigger(const Event& e) {
  const std::string_view s = e.summary, t = e.trigger;
  if (t.empty()) return false;
  std::size_t at = s.find(t);
  while (at != std::string_view::npos && at > 0 && s[at - 1] != ' ') at = s.find(t, at + 1);
  if (at == std::string_view::npos) return false;
  std::string_view before = s.substr(0, at);
  for (int k = 0; k < 3 && !before.empty(); ++k) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::size_t sp = before.rfind(' ');
    const std::string_view w = sp == std::string_view::npos ? before : before.substr(sp + 1);
    if (w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n\u2019t")) return true;
    before = sp == std::string_view::npos ? std::string_view() : before.substr(0, sp);
  }
  return false;
}

// "No talks took place", "No one was hurt": a subject that denies the event
bool denied_by_subject(const Event& e) {
  const std::string_view s = e.summary;
  return s.size() > 3 && (s[0] == 'N' || s[0] == 'n') && (s[1] == 'o' || s[1] == 'O') && s[2] == ' ';
}

// How far before the DCT's day an event may end and still be part of the story: negotiations
// told in one report run over months; what ended more than a year before is history.
constexpr date::days distant_past{366};

}  // namespace

void classify_salience(Event& e, const Mention& m, const std::optional<Dct>& dct) {
  e.salience = Salience::Main;
  e.salience_reason.clear();
  const bool meeting = e.kind == EventKind::Round || e.kind == EventKind::Meeting;
  // "“We have just concluded the seventh round of talks,” the envoy said": a negotiator's own
  // word on a round's phase is the story, not a claim
  const bool round_told_by_its_side = m.quoted && e.kind == EventKind::Round && e.phase != Phase::None &&
                                      e.series && e.series->round > 0 &&
                                      (m.tense == Tense::Past || m.tense == Tense::PresentPerfect);
  if (m.quoted && !round_told_by_its_side) return background(e, "told inside a quote");
  // "the talks did not take place", "No merger talks have yet taken place": what the text says
  // did not happen is no step of the chronology (`--all` still shows it, with this reason)
  if (negated(m.verb_group) || negated_before_trigger(e) || denied_by_subject(e)) return background(e, "negated: told as not happening");
  if (dct && own_time(e) && e.time->time.latest &&
      *e.time->time.latest < dct_bounds(*dct).first - distant_past)
    return background(e, "distant past: over a year before the DCT");
  if (m.tense == Tense::Modal && !own_time(e)) return background(e, "hypothetical: a modal without a time");
  if (e.kind == EventKind::Round || (meeting && e.phase != Phase::None && (e.series || own_time(e)))) {
    e.salience_reason = "a round or meeting phase";
    return;
  }
  if (m.noun && !own_time(e)) return background(e, "event noun without a time");
  // "Published April 2, 2015": a byline, not an event of the story
  if ((m.lemma == "publish" || m.lemma == "update") && e.kind == EventKind::Action && m.actor.empty())
    return background(e, "byline: when the page was published");
  // "even saw the two men exchange gifts", "the latest round came after": a light verb says
  // little by itself, and without a time it is no step of the story
  if (e.kind == EventKind::Action && !own_time(e)) {
    for (std::string_view light : {"see", "come"})
      if (m.lemma == light) return background(e, "light verb without a time");
    for (std::string_view light : {"get", "make", "take", "give", "put", "find"})
      if (m.lemma == light && m.actor.empty()) return background(e, "light verb without actor or time");
  }
  // "Former US President Donald Trump withdrew from the agreement": history told for context
  if (m.actor_former && m.tense != Tense::Future && m.tense != Tense::Present && e.kind != EventKind::Statement)
    return background(e, "told of a former office-holder");
  if (m.tense == Tense::PastPerfect && !own_time(e)) return background(e, "past perfect without a time");
  if (m.tense == Tense::Present && !own_time(e) && e.kind != EventKind::Statement)
    return background(e, "generic present without a time");
  if (e.actors.empty() && !own_time(e)) return background(e, "no actor and no time");
  if (e.kind == EventKind::Statement && e.actors.empty()) return background(e, "statement without a speaker");
  if (e.actors.empty() && e.object.empty() && e.participants.empty() && !own_time(e))
    return background(e, "fragment: a verb alone");
}

}  // namespace parley::timeline

namespace parley {

void drop_background(Timeline& tl) {
  std::unordered_set<std::string> dropped;
  for (const Event& e : tl.events)
    if (e.salience == Salience::Background) dropped.insert(e.id);
  if (dropped.empty()) return;
  auto gone = [&](const std::string& id) { return dropped.contains(id); };
  std::erase_if(tl.events, [](const Event& e) { return e.salience == Salience::Background; });
  std::erase_if(tl.relations, [&](const Relation& r) { return gone(r.from) || gone(r.to); });
  for (Series& s : tl.series)
    for (SeriesRound& r : s.rounds) std::erase_if(r.events, gone);
  for (Contradiction& c : tl.contradictions) std::erase_if(c.events, gone);
  std::erase_if(tl.contradictions, [](const Contradiction& c) { return c.events.empty(); });
  std::erase_if(tl.near_misses, [&](const NearMiss& n) { return std::any_of(n.events.begin(), n.events.end(), gone); });
}

}  // namespace parley
