#pragma once
// What a family's match can begin with, read off its X3 parser tree, branch by branch. The
// scanner uses it to try, at each word, only the families, and within them only the branches,
// that can start there; because the sets come from the rule definitions themselves, a rule edit
// cannot make them stale.
//
// The walk over-approximates: a parser it does not know counts as "may start with anything".
#include <bitset>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/alternatives.hpp"

namespace parley::grammar {

struct FirstWords {
  // Leading [a-z] letters of the literals and table spellings a match can begin with. A match
  // begins with a word whose letters are one of `words` ("close" for "close to", "a" for
  // kw("a")), or start with one of `prefixes` (a literal of letters only that nothing stops
  // from running into a longer word, like "q" in "q3").
  std::vector<std::string> words;
  std::vector<std::string> prefixes;
  std::bitset<256> bytes;  // first bytes of matches that do not begin with a letter
  bool any = false;        // a parser the walk cannot see through
};

// What each top-level branch of a family's rule can begin with, in the order by_first_word
// numbers the branches (grammar/alternatives.hpp).
using BranchFirstWords = std::vector<FirstWords>;

// One per family, each defined in the family's .cpp from its rule definition.
const BranchFirstWords& date_first_words();
const BranchFirstWords& time_first_words();
const BranchFirstWords& deictic_first_words();
const BranchFirstWords& anaphoric_first_words();
const BranchFirstWords& duration_first_words();
const BranchFirstWords& set_first_words();
const BranchFirstWords& ordinal_first_words();

namespace first_words_detail {
namespace x3 = boost::spirit::x3;

inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

inline void add_spelling(std::string_view s, FirstWords& out) {
  if (s.empty()) return;
  std::size_t n = 0;
  while (n < s.size() && is_lower(static_cast<unsigned char>(s[n]))) ++n;
  if (n == 0) out.bytes.set(static_cast<unsigned char>(s[0]));
  else if (n < s.size()) out.words.emplace_back(s.substr(0, n));  // a non-letter ends the word
  else out.prefixes.emplace_back(s);
}

inline void merge(FirstWords&& from, FirstWords& out) {
  out.words.insert(out.words.end(), from.words.begin(), from.words.end());
  out.prefixes.insert(out.prefixes.end(), from.prefixes.begin(), from.prefixes.end());
  out.bytes |= from.bytes;
  out.any = out.any || from.any;
}

// Type tests that also see classes derived from X3's (lexicon::table derives from symbols).
template <typename E, typename T, typename L>
std::true_type symbols_test(const x3::symbols_parser<E, T, L>*);
std::false_type symbols_test(...);
template <typename D>
std::true_type char_parser_test(const x3::char_parser<D>*);
std::false_type char_parser_test(...);
template <typename P>
inline constexpr bool is_symbols = decltype(symbols_test(static_cast<const P*>(nullptr)))::value;
template <typename P>
inline constexpr bool is_char_parser = decltype(char_parser_test(static_cast<const P*>(nullptr)))::value;

template <typename P, template <typename...> class Tmpl>
inline constexpr bool is_a = false;
template <template <typename...> class Tmpl, typename... Args>
inline constexpr bool is_a<Tmpl<Args...>, Tmpl> = true;

template <typename P>
inline constexpr bool is_uint = false;
template <typename T, unsigned R, unsigned Min, int Max>
inline constexpr bool is_uint<x3::uint_parser<T, R, Min, Max>> = true;

// A literal or table (under actions and alternatives): what it matches ends with its spelling.
template <typename P>
constexpr bool is_spelling() {
  if constexpr (is_a<P, x3::literal_string> || is_symbols<P>) return true;
  else if constexpr (is_a<P, x3::action>) return is_spelling<typename P::subject_type>();
  else if constexpr (is_a<P, x3::alternative>) return is_spelling<typename P::left_type>() && is_spelling<typename P::right_type>();
  else return false;
}
// `!alnum` or `!alpha`: no letter follows.
template <typename P>
bool is_word_end(const P& p) {
  if constexpr (is_a<P, x3::not_predicate>) {
    if constexpr (is_char_parser<typename P::subject_type>) {
      for (char c = 'a'; c <= 'z'; ++c)
        if (!p.subject.test(c, x3::unused)) return false;
      return true;
    }
  }
  return false;
}

template <typename P>
inline constexpr bool is_rule_definition = false;
template <typename ID, typename RHS, typename A, bool F>
inline constexpr bool is_rule_definition<x3::rule_definition<ID, RHS, A, F>> = true;

// Adds what `p` can begin with to `out`; returns whether `p` can match without consuming input
// (then what follows it in a sequence can begin the match too).
template <typename P>
bool collect(const P& p, FirstWords& out) {
  if constexpr (is_a<P, x3::sequence>) {
    // A spelling followed by a word end (the kw() idiom) is a whole word, not a prefix.
    if constexpr (is_spelling<typename P::left_type>()) {
      if (is_word_end(p.right)) {
        FirstWords left;
        const bool nullable = collect(p.left, left);
        left.words.insert(left.words.end(), left.prefixes.begin(), left.prefixes.end());
        left.prefixes.clear();
        merge(std::move(left), out);
        return nullable;
      }
    }
    return collect(p.left, out) && collect(p.right, out);
  } else if constexpr (is_a<P, x3::alternative>) {
    const bool left = collect(p.left, out);
    return collect(p.right, out) || left;
  } else if constexpr (is_a<P, x3::optional> || is_a<P, x3::kleene>) {
    collect(p.subject, out);
    return true;
  } else if constexpr (is_a<P, x3::not_predicate> || is_a<P, x3::and_predicate> ||
                       std::is_same_v<P, x3::eps_parser> || std::is_same_v<P, x3::semantic_predicate>) {
    return true;  // consumes nothing
  } else if constexpr (is_a<P, x3::action> || is_a<P, x3::lexeme_directive> || is_a<P, x3::plus> ||
                       is_a<P, first_word_filter> ||
                       is_a<P, x3::omit_directive> || is_a<P, x3::raw_directive> ||
                       is_a<P, x3::expect_directive> || is_a<P, x3::difference> || is_a<P, x3::list>) {
    if constexpr (is_a<P, x3::difference> || is_a<P, x3::list>) return collect(p.left, out);
    else return collect(p.subject, out);
  } else if constexpr (is_rule_definition<P>) {
    return collect(p.rhs, out);
  } else if constexpr (is_a<P, x3::literal_string>) {
    add_spelling(p.str, out);
    return std::string_view(p.str).empty();
  } else if constexpr (is_symbols<P>) {
    p.for_each([&](const std::string& spelling, const auto&) { add_spelling(spelling, out); });
    return false;
  } else if constexpr (is_uint<P>) {
    for (char c = '0'; c <= '9'; ++c) out.bytes.set(static_cast<unsigned char>(c));
    return false;
  } else if constexpr (is_char_parser<P>) {
    for (int b = 0; b < 256; ++b) {
      if (!p.test(static_cast<char>(b), x3::unused)) continue;
      if (is_lower(static_cast<unsigned char>(b))) out.words.emplace_back(1, static_cast<char>(b));
      else out.bytes.set(static_cast<unsigned char>(b));
    }
    return false;
  } else {
    out.any = true;
    return true;
  }
}

}  // namespace first_words_detail

template <typename Parser>
FirstWords first_words_of(const Parser& p) {
  FirstWords out;
  if (first_words_detail::collect(p, out)) out.any = true;  // a rule that can match nothing
  return out;
}

template <typename Subject>
BranchFirstWords first_words_of_branches(const first_word_filter<Subject>& p) {
  BranchFirstWords out;
  for_each_branch(p.subject, [&](const auto& branch) { out.push_back(first_words_of(branch)); });
  return out;
}

}  // namespace parley::grammar
