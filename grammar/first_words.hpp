#pragma once
// What a family's match can begin with, read off its X3 parser tree, branch by branch. The
// scanner uses it to try, at each word, only the families, and within them only the branches,
// that can start there; because the sets come from the rule definitions themselves, a rule edit
// cannot make them stale.
//
// The walk over-approximates: a parser it does not know counts as "may start with anything".
#include <bitset>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/alternatives.hpp"
#include "grammar/branch_start.hpp"
#include "grammar/keyword_parser.hpp"

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

// The first token of a match: a run of lowercase letters, or (letters empty) a run of `digits`
// digits.
struct Token {
  std::string_view letters;
  std::size_t digits = 0;
};
// How a branch can go on once it has consumed exactly the first token.
struct Continuation {
  bool starts = false;  // the branch can begin with the token; if not, nothing below is known
  bool ends = false;    // it can end right after it: then anything may follow
  FirstWords next;      // what the following token can begin with (after white space)
};

// What follows a part of a branch up to the branch's end: the first words of the rest, and
// whether the rest can match nothing.
struct Follow {
  FirstWords next;
  bool ends = false;
};
// A parser a branch can begin with (a spelling, a number, a character class, or one the walk
// cannot see through), with what follows it in the branch. A branch's atoms are read off its
// parser tree once; a token's continuation is then a cheap match against them.
struct Atom {
  enum class Kind { Spelling, Digits, Chars, Unknown } kind = Kind::Unknown;
  std::string spelling;                          // Spelling
  std::size_t min_digits = 0;                    // Digits: at least ...
  int max_digits = -1;                           // ... and at most (-1: no limit)
  std::bitset<256> chars;                        // Chars
  std::shared_ptr<const Follow> follow;
};
using BranchAtoms = std::vector<std::vector<Atom>>;

// One per family, each defined in the family's .cpp from its rule definition.
const BranchFirstWords& date_first_words();
const BranchFirstWords& time_first_words();
const BranchFirstWords& deictic_first_words();
const BranchFirstWords& anaphoric_first_words();
const BranchFirstWords& duration_first_words();
const BranchFirstWords& set_first_words();
const BranchFirstWords& ordinal_first_words();
const BranchAtoms& date_atoms();
const BranchAtoms& time_atoms();
const BranchAtoms& deictic_atoms();
const BranchAtoms& anaphoric_atoms();
const BranchAtoms& duration_atoms();
const BranchAtoms& set_atoms();
const BranchAtoms& ordinal_atoms();

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
// How many digits a uint_parser takes: at least `min`, at most `max` (-1: no limit).
template <typename P>
struct uint_digits;
template <typename T, unsigned R, unsigned Min, int Max>
struct uint_digits<x3::uint_parser<T, R, Min, Max>> {
  static constexpr std::size_t min = Min;
  static constexpr int max = Max;
};

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
                       std::is_same_v<P, x3::eps_parser> || std::is_same_v<P, x3::semantic_predicate> ||
                       std::is_same_v<P, branch_start>) {
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
  } else if constexpr (std::is_same_v<P, keyword_parser>) {
    // A spelling and a word end, as the sequence above reads them.
    FirstWords word;
    add_spelling(p.word, word);
    word.words.insert(word.words.end(), word.prefixes.begin(), word.prefixes.end());
    word.prefixes.clear();
    merge(std::move(word), out);
    return p.word.empty();
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

// ---- what follows the first token -----------------------------------------------------------
// The scanner's second filter: given the token a match begins with, what the branch can go on
// with. Tokens are the scanner's: a maximal run of letters, or a maximal run of digits; the
// second token is what follows after white space (a run of letters, or one byte).

inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Whether `p` can match without consuming input: collect()'s answer, without collecting.
template <typename P>
bool nullable(const P& p) {
  if constexpr (is_a<P, x3::sequence>) {
    return nullable(p.left) && nullable(p.right);
  } else if constexpr (is_a<P, x3::alternative>) {
    return nullable(p.left) || nullable(p.right);
  } else if constexpr (is_a<P, x3::optional> || is_a<P, x3::kleene> || is_a<P, x3::not_predicate> ||
                       is_a<P, x3::and_predicate> || std::is_same_v<P, x3::eps_parser> ||
                       std::is_same_v<P, x3::semantic_predicate> || std::is_same_v<P, branch_start>) {
    return true;
  } else if constexpr (is_a<P, x3::action> || is_a<P, x3::lexeme_directive> || is_a<P, x3::plus> ||
                       is_a<P, first_word_filter> || is_a<P, x3::omit_directive> || is_a<P, x3::raw_directive> ||
                       is_a<P, x3::expect_directive>) {
    return nullable(p.subject);
  } else if constexpr (is_a<P, x3::difference> || is_a<P, x3::list>) {
    return nullable(p.left);
  } else if constexpr (is_rule_definition<P>) {
    return nullable(p.rhs);
  } else if constexpr (is_a<P, x3::literal_string>) {
    return std::string_view(p.str).empty();
  } else if constexpr (std::is_same_v<P, keyword_parser>) {
    return p.word.empty();
  } else if constexpr (is_symbols<P> || is_uint<P> || is_char_parser<P>) {
    return false;
  } else {
    return true;  // collect() marks it `any` and nullable
  }
}

// Adds to `out` the atoms `p` can begin with, each followed by what follows it inside `p` and
// then `follow` (what follows `p` in the branch).
template <typename P>
void collect_atoms(const P& p, const std::shared_ptr<const Follow>& follow, std::vector<Atom>& out) {
  if constexpr (is_a<P, x3::sequence>) {
    auto left_follow = std::make_shared<Follow>();
    if (collect(p.right, left_follow->next)) {
      FirstWords then = follow->next;
      merge(std::move(then), left_follow->next);
      left_follow->ends = follow->ends;
    }
    collect_atoms(p.left, left_follow, out);
    if (nullable(p.left)) collect_atoms(p.right, follow, out);
  } else if constexpr (is_a<P, x3::alternative>) {
    collect_atoms(p.left, follow, out);
    collect_atoms(p.right, follow, out);
  } else if constexpr (is_a<P, x3::optional>) {
    collect_atoms(p.subject, follow, out);
  } else if constexpr (is_a<P, x3::not_predicate> || is_a<P, x3::and_predicate> ||
                       std::is_same_v<P, x3::eps_parser> || std::is_same_v<P, x3::semantic_predicate> ||
                       std::is_same_v<P, branch_start>) {
    // consumes nothing
  } else if constexpr (is_a<P, x3::action> || is_a<P, x3::lexeme_directive> || is_a<P, first_word_filter> ||
                       is_a<P, x3::omit_directive> || is_a<P, x3::raw_directive> ||
                       is_a<P, x3::expect_directive>) {
    collect_atoms(p.subject, follow, out);
  } else if constexpr (is_rule_definition<P>) {
    collect_atoms(p.rhs, follow, out);
  } else if constexpr (is_a<P, x3::literal_string>) {
    out.push_back(Atom{Atom::Kind::Spelling, std::string(p.str), 0, -1, {}, follow});
  } else if constexpr (std::is_same_v<P, keyword_parser>) {
    // The word end consumes nothing: what follows the spelling is what follows the keyword.
    out.push_back(Atom{Atom::Kind::Spelling, std::string(p.word), 0, -1, {}, follow});
  } else if constexpr (is_symbols<P>) {
    p.for_each([&](const std::string& spelling, const auto&) {
      out.push_back(Atom{Atom::Kind::Spelling, spelling, 0, -1, {}, follow});
    });
  } else if constexpr (is_uint<P>) {
    out.push_back(Atom{Atom::Kind::Digits, {}, uint_digits<P>::min, uint_digits<P>::max, {}, follow});
  } else if constexpr (is_char_parser<P>) {
    Atom atom{Atom::Kind::Chars, {}, 0, -1, {}, follow};
    for (int b = 0; b < 256; ++b)
      if (p.test(static_cast<char>(b), x3::unused)) atom.chars.set(static_cast<std::size_t>(b));
    out.push_back(std::move(atom));
  } else {
    out.push_back(Atom{Atom::Kind::Unknown, {}, 0, -1, {}, follow});  // kleene, plus, list, ...
  }
}

inline void open_up(Continuation& c) {
  c.starts = true;
  c.ends = true;
  c.next.any = true;
}
inline void go_on_with(const Follow& follow, Continuation& c) {
  c.starts = true;
  c.ends = c.ends || follow.ends;
  FirstWords next = follow.next;
  merge(std::move(next), c.next);
}

// A spelling (literal or table entry) against the first token.
inline void spelling_continuation(std::string_view s, const Token& t, const Follow& follow, Continuation& out) {
  const bool letters = !t.letters.empty();
  const auto in_run = [&](unsigned char c) { return letters ? is_lower(c) : is_digit(c); };
  const std::size_t run = letters ? t.letters.size() : t.digits;
  std::size_t n = 0;
  while (n < s.size() && in_run(static_cast<unsigned char>(s[n]))) ++n;
  if (n == 0) return;
  if (n < run) {
    // A spelling that is all letters (digits) can stop inside the token: "mid" in "midst".
    if (n == s.size() && (!letters || t.letters.starts_with(s))) open_up(out);
    return;
  }
  if (n > run || (letters && s.substr(0, n) != t.letters)) return;
  std::size_t rest = n;
  while (rest < s.size() && is_space(static_cast<unsigned char>(s[rest]))) ++rest;
  if (rest == s.size()) {
    go_on_with(follow, out);
  } else {
    out.starts = true;
    add_spelling(s.substr(rest), out.next);  // the spelling goes on: "a dozen", "jan."
  }
}

}  // namespace first_words_detail

// How a branch (given by its atoms) can go on after consuming exactly the token `t`.
// Over-approximates like collect(): what the walk cannot see through is open. The second token
// can only be letters or a byte that is not white space, so a continuation that consumes white
// space itself (lit(' ') in a lexeme) is open; a single letter from a char parser ("1990s") may
// run on into more letters, so it counts as a prefix.
inline Continuation continuation(const std::vector<Atom>& atoms, const Token& t) {
  using namespace first_words_detail;
  Continuation out;
  const std::size_t run = t.letters.empty() ? t.digits : t.letters.size();
  for (const Atom& atom : atoms) {
    switch (atom.kind) {
      case Atom::Kind::Spelling:
        spelling_continuation(atom.spelling, t, *atom.follow, out);
        break;
      case Atom::Kind::Digits:
        if (t.letters.empty() && t.digits >= atom.min_digits) {
          if (atom.max_digits < 0 || t.digits <= static_cast<std::size_t>(atom.max_digits)) go_on_with(*atom.follow, out);
          else open_up(out);  // it stops inside the run of digits
        }
        break;
      case Atom::Kind::Chars: {
        bool first = false;
        if (!t.letters.empty()) first = atom.chars.test(static_cast<unsigned char>(t.letters[0]));
        else
          for (char c = '0'; c <= '9' && !first; ++c) first = atom.chars.test(static_cast<unsigned char>(c));
        if (first) {
          if (run == 1) go_on_with(*atom.follow, out);
          else open_up(out);
        }
        break;
      }
      case Atom::Kind::Unknown:
        open_up(out);
        break;
    }
  }
  static const std::bitset<256> spaces = [] {
    std::bitset<256> b;
    for (unsigned char c : {' ', '\t', '\n', '\v', '\f', '\r'}) b.set(c);
    return b;
  }();
  if ((out.next.bytes & spaces).any()) out.next.any = true;
  for (auto it = out.next.words.begin(); it != out.next.words.end();) {
    if (it->size() == 1) {
      out.next.prefixes.push_back(*it);
      it = out.next.words.erase(it);
    } else {
      ++it;
    }
  }
  return out;
}


template <typename Parser>
FirstWords first_words_of(const Parser& p) {
  FirstWords out;
  if (first_words_detail::collect(p, out)) out.any = true;  // a rule that can match nothing
  return out;
}

// The atoms of each branch, in by_first_word's order.
template <typename Subject>
BranchAtoms atoms_of_branches(const first_word_filter<Subject>& p) {
  BranchAtoms out;
  const auto end = std::make_shared<const Follow>(Follow{FirstWords{}, true});  // a branch's end
  for_each_branch(p.subject, [&](const auto& branch) {
    out.emplace_back();
    first_words_detail::collect_atoms(branch, end, out.back());
  });
  return out;
}

template <typename Subject>
BranchFirstWords first_words_of_branches(const first_word_filter<Subject>& p) {
  BranchFirstWords out;
  for_each_branch(p.subject, [&](const auto& branch) { out.push_back(first_words_of(branch)); });
  return out;
}

}  // namespace parley::grammar
