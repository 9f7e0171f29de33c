// round_subject_before(): the round noun phrase of a phase verb across a complement or a
// relative pronoun. The extractor's subject walk stops at the first preposition other than
// "of", "in", "from" and "for", at "to" and at participles, so "The seventh round of talks on the
// Syrian war ended" gives it "the Syrian war"; this walk goes on over the complements a round
// takes in news copy and then asks whether the head names a round or talks.
#include "engine/timeline/round_subject.hpp"

namespace parley::timeline {
namespace {

// Longest a round's noun phrase with its complements runs in tokens ("The longest round yet of
// peace talks between the U.S. and the Afghan Taliban"); further back is another clause.
constexpr std::size_t max_phrase = 30;

bool participle(const SentenceReader& r, std::size_t k) {
  const std::string_view x = r.w(k);
  if (r.u.tokens[k].capitalized || r.u.tokens[k].kind != TokenKind::Word) return false;
  if (auto v = read_verb(x)) return v->form == VerbForm::Participle || v->form == VerbForm::PastOrParticiple;
  return looks_like_past_participle(x);
}

// A verb form that ends the phrase: "the delegates agreed", "Iran says".
bool finite_verb(const SentenceReader& r, std::size_t k) {
  const std::string_view x = r.w(k);
  if (r.u.tokens[k].capitalized || is_negotiation_noun(x) || is_title_word(x)) return false;
  if (k > r.s.first && is_determiner(r.w(k - 1))) return false;  // "the planned round"
  if (auto v = read_verb(x)) return v->form != VerbForm::Base;
  return looks_like_past_participle(x);
}

}  // namespace

bool names_talks(const SentenceReader& r, std::size_t first, std::size_t last) {
  if (first == no_token) return false;
  for (std::size_t i = first; i <= last; ++i)
    if (is_negotiation_noun(r.w(i)) && !iequals(r.w(i), "commission")) return true;
  return false;
}

TokenRange round_subject_before(const SentenceReader& r, std::size_t verb_first, bool gerund) {
  // adverbs and a time between the phrase and its verb ("officially began", "on Sunday wrapped up")
  std::size_t e = verb_first;
  while (e > r.s.first) {
    const std::size_t k = e - 1;
    const std::string_view x = r.w(k);
    const bool adverb = r.u.tokens[k].kind == TokenKind::Word && !r.u.tokens[k].capitalized && x.size() > 3 &&
                        x.ends_with("ly") && !read_verb(x);
    const bool time_word = r.timex_at(k) || ((iequals(x, "on") || iequals(x, "at")) && k + 1 < verb_first && r.timex_at(k + 1));
    if (!adverb && !time_word && !is_adverb_between_aux(x)) break;
    e = k;
  }
  if (e == r.s.first) return {};
  // "the fourth round, which ended", "talks that concluded": the relative pronoun stands for the
  // noun phrase right before it, whose complements are only "of" and "in" ("the talks in Doha,
  // which began")
  bool relative = false;
  if (iequals(r.w(e - 1), "which") || iequals(r.w(e - 1), "that")) {
    relative = true;
    --e;
    if (e > r.s.first && r.punct(e - 1, ",")) --e;
  } else if (gerund && r.punct(e - 1, ",")) {
    relative = true;
    --e;
  }
  std::size_t i = e;
  int depth = 0;
  while (i > r.s.first && e - i < max_phrase) {
    const std::size_t k = i - 1;
    const std::string_view x = r.w(k);
    if (x == ")") { ++depth; i = k; continue; }
    if (x == "(") { if (depth == 0) break; --depth; i = k; continue; }
    if (depth > 0) { i = k; continue; }
    if (r.timex_at(k)) break;
    const auto kind = r.u.tokens[k].kind;
    if (kind == TokenKind::OpenQuote || kind == TokenKind::CloseQuote || kind == TokenKind::Dash) break;
    if (kind == TokenKind::Punct && x != "+" && x != "&" && x != "'s") break;
    if (is_pronoun(x)) break;
    if (iequals(x, "and")) {
      if (k == r.s.first || r.punct(k - 1, ",")) break;  // "..., and the talks ended": another clause
      i = k;
      continue;
    }
    if (iequals(x, "to")) {
      // "talks to update the agreement": an infinitive complement of the round
      const bool infinitive = !relative && k + 1 < e && r.u.tokens[k + 1].kind == TokenKind::Word &&
                              !r.u.tokens[k + 1].capitalized && !is_determiner(r.w(k + 1)) &&
                              !is_preposition(r.w(k + 1));
      if (!infinitive) break;
      i = k;
      continue;
    }
    if (is_clause_word(x)) break;
    if (read_auxiliary(x) != Auxiliary::None) break;
    if (is_preposition(x)) {
      if (relative && !iequals(x, "of") && !iequals(x, "in")) break;
      i = k;
      continue;
    }
    // "talks led by the two envoys": a participle with its agent or place belongs to the phrase
    if (!relative && participle(r, k) && k + 1 < e && is_preposition(r.w(k + 1))) { i = k; continue; }
    if (finite_verb(r, k)) break;
    i = k;
  }
  while (i < e && (is_preposition(r.w(i)) || iequals(r.w(i), "and") || iequals(r.w(i), "to"))) ++i;
  if (i >= e) return {};
  // the head: up to the first complement ("of" chains stay: "the end of the fourth round");
  // a relative clause's antecedent is all of it
  std::size_t h = i;
  if (!relative)
    while (h < e && !((is_preposition(r.w(h)) && !iequals(r.w(h), "of")) || participle(r, h) || r.w(h) == "(")) ++h;
  else
    h = e;
  if (h == i || !names_talks(r, i, h - 1)) return {};
  if (iequals(r.w(i), "no")) return {};  // "no merger talks have taken place": nothing happened
  return {i, e - 1};
}

}  // namespace parley::timeline
