// Meetings told as nouns with their own time (see meeting_nouns.hpp).
#include "engine/timeline/meeting_nouns.hpp"

#include <string_view>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/mention.hpp"

namespace parley::timeline {
namespace {

bool plain_word(const VerbSite& site, std::size_t i) {
  const auto kind = site.u.tokens[i].kind;
  return kind == TokenKind::Word || kind == TokenKind::Number;
}

// A word of the lexicon's verbs in a finite or participle form: "held talks", "opened talks".
bool verb_word(const VerbSite& site, std::size_t i) {
  if (site.u.tokens[i].capitalized || site.timex_at(i)) return false;
  const auto verb = read_verb(site.u.word(i));
  return verb && verb->form != VerbForm::Base && verb->form != VerbForm::Gerund && !is_negotiation_noun(site.u.word(i));
}

// A bare verb after an auxiliary or "to" ("will resume talks", "to hold a conference"); a bare
// verb form elsewhere is as often a noun ("trade talks", "pay talks").
bool bare_verb_after_aux(const VerbSite& site, std::size_t i) {
  if (site.u.tokens[i].capitalized || i == site.s.first) return false;
  const auto verb = read_verb(site.u.word(i));
  return verb && verb->form == VerbForm::Base && read_auxiliary(site.u.word(i - 1)) != Auxiliary::None;
}

}  // namespace

MeetingNounTime meeting_noun_time(const VerbSite& site, std::size_t v) {
  const MeetingNounTime none{no_token, v, false};
  const std::string_view noun = site.u.word(v);
  // numbered rounds are read by the round rules; "round" alone is rarely a meeting told by a time
  if (iequals(noun, "round") || iequals(noun, "rounds")) return none;
  // walk left over the noun's modifiers ("the World Bank interim", "yesterday's emergency")
  std::size_t start = v;
  std::size_t time_before = no_token;
  for (std::size_t steps = 0; start > site.s.first && steps < 6; ++steps) {
    const std::size_t k = start - 1;
    const std::string_view w = site.u.word(k);
    // "today's regular weekly meeting": a frequency before the noun qualifies it, it dates nothing
    if (site.timex_at(k) && is_frequency_adjective(w)) {
      start = k;
      continue;
    }
    if (site.timex_at(k)) {  // "the April 27 annual meeting", "yesterday's meeting"
      time_before = k;
      while (time_before > site.s.first && site.timex_at(time_before - 1)) --time_before;
      start = time_before;
      break;
    }
    if (w == "'s" && k > site.s.first && site.timex_at(k - 1)) { start = k; continue; }
    if (!plain_word(site, k) || is_determiner(w) || is_preposition(w) || is_clause_word(w) || verb_word(site, k) ||
        bare_verb_after_aux(site, k) ||
        read_auxiliary(w) != Auxiliary::None || is_pronoun(w))
      break;
    if (site.u.tokens[k].kind == TokenKind::Number) return none;  // "the 18th meeting": counted
    start = k;
  }
  // the noun phrase is not the object of a verb ("held talks yesterday": the verb's time)
  std::size_t before = start;
  while (before > site.s.first && is_determiner(site.u.word(before - 1))) --before;
  if (before > site.s.first &&
      (verb_word(site, before - 1) || bare_verb_after_aux(site, before - 1)))
    return none;  // ("will resume talks tomorrow", "to hold a conference today")
  if (time_before != no_token) return {time_before, v, true};
  // a time right after the noun, or after its "of ..." / "with ..." phrase of a few words
  if (v + 1 < site.s.last && site.timex_at(v + 1)) return {v + 1, v, false};
  if (v + 2 < site.s.last && (iequals(site.u.word(v + 1), "of") || iequals(site.u.word(v + 1), "with"))) {
    for (std::size_t i = v + 2; i < site.s.last && i <= v + 8; ++i) {
      if (site.timex_at(i)) return {i, i - 1, false};
      const std::string_view w = site.u.word(i);
      if ((!plain_word(site, i) && w != "'s" && w != ".") || is_clause_word(w) || verb_word(site, i) ||
          read_auxiliary(w) != Auxiliary::None || (is_preposition(w) && !iequals(w, "of")))
        break;
    }
  }
  return none;
}

}  // namespace parley::timeline
