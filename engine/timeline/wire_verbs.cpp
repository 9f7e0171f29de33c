// Verb readings of wire copy (see wire_verbs.hpp). Each check reads a few tokens around one verb.
#include "engine/timeline/wire_verbs.hpp"

#include <string_view>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
using namespace std::string_view_literals;

namespace {

bool is_time_preposition(std::string_view w) {
  for (std::string_view x : {"on"sv, "until"sv, "in"sv, "at"sv, "by"sv, "before"sv, "after"sv, "from"sv, "till"sv})
    if (iequals(w, x)) return true;
  return false;
}

}  // namespace

bool dated_right_after(const VerbSite& site, std::size_t v) {
  if (v + 1 >= site.s.last) return false;
  // a time right after: only a phase of a meeting or an expiry ("resumes tomorrow", "expires
  // June 30"); "the attacks Aug. 7" is a noun
  if (site.timex_at(v + 1)) {
    const auto verb = read_verb(site.u.word(v));
    return verb && (phase_of(verb->lemma) != Phase::None || verb->lemma == "expire");
  }
  return v + 2 < site.s.last && is_time_preposition(site.u.word(v + 1)) && site.timex_at(v + 2);
}

bool relative_that_before(const VerbSite& site, std::size_t v) {
  if (v == site.s.first || !iequals(site.u.word(v - 1), "that")) return false;
  // "that suspended program": a lower-case word that is no preposition makes it an adjective
  if (v + 1 >= site.s.last) return true;
  const Token& next = site.u.tokens[v + 1];
  if (site.timex_at(v + 1) || next.kind != TokenKind::Word || next.capitalized) return true;
  const std::string_view w = site.u.word(v + 1);
  return is_preposition(w) || is_determiner(w) || w.ends_with("ly") || iequals(w, "down") || iequals(w, "up") ||
         iequals(w, "out") || iequals(w, "off");
}

bool participle_qualifies_noun(const VerbSite& site, std::size_t v) {
  if (v == site.s.first || v + 1 >= site.s.last) return false;
  const Token& before = site.u.tokens[v - 1];
  // "the car was found abandoned": a participle after a participle describes its object
  if (before.kind == TokenKind::Word && !before.capitalized) {
    const auto prev = read_verb(site.u.word(v - 1));
    if (prev && (prev->form == VerbForm::PastOrParticiple || prev->form == VerbForm::Participle) && v >= site.s.first + 2 &&
        read_auxiliary(site.u.word(v - 2)) != Auxiliary::None)
      return true;
  }
  const Token& after = site.u.tokens[v + 1];
  if (before.kind != TokenKind::Word || before.capitalized || after.kind != TokenKind::Word || after.capitalized ||
      site.timex_at(v + 1))
    return false;
  const auto verb = read_verb(site.u.word(v - 1));
  const std::string_view next = site.u.word(v + 1);
  // the bare verb is one after "to" or an auxiliary ("to reconvene", "will resume"), not a noun
  // that looks like one ("the report made public", "the launch took place")
  if (v < site.s.first + 2 || read_auxiliary(site.u.word(v - 2)) == Auxiliary::None) return false;
  return verb && verb->form == VerbForm::Base && !is_preposition(next) && !is_determiner(next) &&
         !is_clause_word(next) && !is_pronoun(next) && !next.ends_with("ly") && !read_verb(next).has_value();
}

bool participle_after_determiner_adverb(const VerbSite& site, std::size_t v) {
  if (v < site.s.first + 2) return false;
  const std::string_view adverb = site.u.word(v - 1);
  if (adverb.size() <= 4 || !adverb.ends_with("ly") || site.u.tokens[v - 1].capitalized || !is_determiner(site.u.word(v - 2)))
    return false;
  // nouns in -ly are no adverbs: "the rally occurred", "his family told"
  for (std::string_view noun : {"rally"sv, "family"sv, "supply"sv, "assembly"sv, "monopoly"sv, "anomaly"sv, "reply"sv})
    if (iequals(adverb, noun)) return false;
  // and the participle qualifies a noun after it ("the previously announced merger", "a newly
  // formed company", "the previously reported 0.9 pct"), not a phrase ("apparently ruled out")
  if (v + 1 >= site.s.last) return false;
  const Token& next = site.u.tokens[v + 1];
  if (next.kind == TokenKind::Number) return true;
  const std::string_view w = site.u.word(v + 1);
  return next.kind == TokenKind::Word && !site.timex_at(v + 1) && !is_preposition(w) && !is_determiner(w) &&
         !is_clause_word(w) && !is_pronoun(w) && read_auxiliary(w) == Auxiliary::None && !iequals(w, "out") &&
         !iequals(w, "up") && !iequals(w, "down") && !iequals(w, "off");
}

bool not_an_event_here(const VerbSite& site, std::size_t v, std::string_view lemma) {
  const auto word = [&](std::size_t i) { return i >= site.s.first && i < site.s.last ? site.u.word(i) : std::string_view(); };
  if (lemma == "schedule") return iequals(word(v + 1), "to");
  if (lemma == "ask") {
    for (std::string_view x : {"when"sv, "who"sv, "if"sv, "unless"sv})
      if (v > site.s.first && iequals(word(v - 1), x)) return true;
    for (std::string_view x : {"not"sv, "if"sv, "whether"sv, "about"sv, "why"sv, "how"sv, "what"sv})
      if (iequals(word(v + 1), x)) return true;
  }
  return false;
}

std::size_t participle_own_time(const VerbSite& site, std::size_t v) {
  // "reached with management on Thursday", "agreed in Geneva last December": up to six words of
  // the participle's own phrase, with no verb, clause word or punctuation before the time
  for (std::size_t i = v + 1; i < site.s.last && i <= v + 7; ++i) {
    if (site.timex_at(i)) return i;
    const Token& t = site.u.tokens[i];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) return site.s.last;
    const std::string_view w = site.u.word(i);
    if (is_clause_word(w) || read_auxiliary(w) != Auxiliary::None) return site.s.last;
    // "increased 0.7 pct from 1985": a time compared against is not the event's
    for (std::string_view x : {"from"sv, "than"sv, "over"sv, "against"sv, "compared"sv, "per"sv, "for"sv})
      if (iequals(w, x)) return site.s.last;
    if (auto verb = read_verb(w); verb && !t.capitalized && verb->form != VerbForm::Base && !is_negotiation_noun(w))
      return site.s.last;
  }
  return site.s.last;
}

std::size_t subject_participle_own_time(const VerbSite& site, std::size_t v) {
  // "U.S.-made cars": a compound adjective, not a participle of its own
  if (v > site.s.first && (site.u.tokens[v - 1].kind == TokenKind::Dash || site.u.word(v - 1) == "-")) return site.s.last;
  const std::size_t t = participle_own_time(site, v);
  if (t >= site.s.last) return t;
  std::size_t after = t;
  while (after < site.s.last && site.timex_at(after)) ++after;
  if (after >= site.s.last || site.u.tokens[after].capitalized) return site.s.last;
  const std::string_view w = site.u.word(after);
  const auto verb = read_verb(w);
  const bool verb_follows = read_auxiliary(w) != Auxiliary::None || (verb && verb->form != VerbForm::Base && verb->form != VerbForm::Gerund);
  // "struck at three plants on Thursday as talks broke down": a time before a subordinate
  // clause is the verb's before it, not the clause's
  bool subordinate_follows = false;
  for (std::string_view x : {"as"sv, "when"sv, "while"sv, "because"sv, "after"sv, "before"sv, "until"sv})
    subordinate_follows = subordinate_follows || iequals(w, x);
  return verb_follows || subordinate_follows ? t : site.s.last;
}

Plan plan_before_to(const VerbSite& site, std::size_t to_token) {
  if (to_token == site.s.first) return Plan::None;
  std::size_t k = to_token - 1;
  // "expected later to meet", "agreed formally to resume"
  if (k > site.s.first && site.u.word(k).ends_with("ly") && site.u.word(k).size() > 4 && !iequals(site.u.word(k), "likely"))
    --k;
  const std::string_view w = site.u.word(k);
  // "did not plan to remove", "never agreed to meet": a plan denied is none
  if (k > site.s.first && (iequals(site.u.word(k - 1), "not") || iequals(site.u.word(k - 1), "n't") ||
                           iequals(site.u.word(k - 1), "never")))
    return Plan::None;
  // words that put the verb after them on a plan: adjectives and participles ("likely to",
  // "expected to", "set to"), verbs of deciding and agreeing, and nouns of a plan ("a request to")
  for (std::string_view x : {"likely"sv, "expected"sv, "set"sv, "poised"sv, "ready"sv, "going"sv, "agreed"sv, "agree"sv,
                             "agrees"sv, "expect"sv, "expects"sv, "plan"sv, "plans"sv, "planned"sv, "planning"sv,
                             "decided"sv, "decide"sv, "decides"sv, "intends"sv, "intend"sv, "intended"sv, "hopes"sv,
                             "hope"sv, "hoped"sv, "arranged"sv, "request"sv, "invitation"sv, "decision"sv,
                             "proposal"sv, "voted"sv, "vote"sv, "votes"sv, "prepared"sv, "aims"sv, "aim"sv})
    if (iequals(w, x)) return Plan::Planned;
  // "the two sides are to meet again this afternoon": "be to" in the present is an arrangement
  if ((iequals(w, "is") || iequals(w, "are")) && k > site.s.first) return Plan::Planned;
  return Plan::None;
}

}  // namespace parley::timeline
