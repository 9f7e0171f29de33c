// Participles that describe a noun (see adjective_participles.hpp).
#include "engine/timeline/adjective_participles.hpp"

#include <string_view>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
using namespace std::string_view_literals;

namespace {

// Prepositions of place that the general list leaves out, because elsewhere they are read as
// adverbs or particles ("walked out", "came behind").
bool is_place_preposition(std::string_view w) {
  for (std::string_view x : {"behind"sv, "beyond"sv, "near"sv, "around"sv, "across"sv, "along"sv, "beside"sv})
    if (iequals(w, x)) return true;
  return false;
}

bool is_word(const VerbSite& site, std::size_t i) {
  return i >= site.s.first && i < site.s.last && site.u.tokens[i].kind == TokenKind::Word;
}

}  // namespace

bool participle_after_preposition(const VerbSite& site, std::size_t v) {
  if (v == site.s.first || !is_word(site, v - 1) || !is_word(site, v + 1) || site.timex_at(v + 1)) return false;
  const std::string_view before = site.u.word(v - 1);
  // "to" opens a verb ("agreed to closed talks" is rare; "to resumed talks" is not English)
  if (iequals(before, "to") || !(is_preposition(before) || is_place_preposition(before))) return false;
  // "has since returned half of the planes": after an auxiliary the word is an adverb
  if (v >= site.s.first + 2 && read_auxiliary(site.u.word(v - 2)) != Auxiliary::None) return false;
  const Token& next = site.u.tokens[v + 1];
  const std::string_view w = site.u.word(v + 1);
  // the noun the participle qualifies follows: no clause, verb, particle or other phrase
  return !next.capitalized && !is_preposition(w) && !is_determiner(w) && !is_pronoun(w) && !is_clause_word(w) &&
         read_auxiliary(w) == Auxiliary::None && !read_verb(w).has_value() && !iequals(w, "out") &&
         !iequals(w, "up") && !iequals(w, "down") && !iequals(w, "off") && !iequals(w, "and") && !iequals(w, "or");
}

bool participle_in_opening_phrase(const VerbSite& site, std::size_t v) {
  if (!is_word(site, v + 1) || !iequals(site.u.word(v + 1), "by")) return false;
  // from the sentence's first word: a preposition, a determiner, then only words of its noun
  // (no verb, auxiliary, punctuation or time) up to the participle
  const std::size_t first = site.s.first;
  if (v < first + 3 || !is_word(site, first) || !is_preposition(site.u.word(first)) || !is_word(site, first + 1) ||
      !is_determiner(site.u.word(first + 1)))
    return false;
  for (std::size_t i = first + 2; i < v; ++i) {
    if (!is_word(site, i) || site.timex_at(i)) return false;
    const std::string_view w = site.u.word(i);
    if (read_auxiliary(w) != Auxiliary::None || is_clause_word(w) || is_preposition(w)) return false;
    if (const auto verb = read_verb(w); verb && verb->form != VerbForm::Base && !site.u.tokens[i].capitalized) return false;
  }
  return true;
}

bool caption_position(const VerbSite& site, std::size_t v) {
  if (!iequals(site.u.word(v), "left") || v == site.s.first || v + 1 >= site.s.last) return false;
  const std::string_view before = site.u.word(v - 1), after = site.u.word(v + 1);
  return (before == "," && (after == "," || after == ")")) || (before == "(" && after == ")");
}

}  // namespace parley::timeline
