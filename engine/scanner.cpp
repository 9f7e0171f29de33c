// The scanner tries the grammar only where an expression can start (a word that opens some rule,
// a digit, an apostrophe), runs there the families whose rules can begin with that word (and in
// each, only the branches that can), and keeps the longest match. Parsing happens
// on a lowercased copy, so the grammar is case-free; checks that need case (a lowercase "may" is
// the verb) look at the original text.
#include "engine/scanner.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "engine/acceptance.hpp"
#include "grammar/anaphoric.hpp"
#include "grammar/dates.hpp"
#include "grammar/deictic.hpp"
#include "grammar/durations.hpp"
#include "grammar/first_words.hpp"
#include "grammar/keywords.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/ordinals.hpp"
#include "grammar/sets.hpp"
#include "grammar/times.hpp"

namespace parley::engine {
namespace {

namespace x3 = boost::spirit::x3;
namespace g = parley::grammar;

bool is_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }
bool is_alpha_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// `branches`: which top-level branches of the rule may match here (grammar/alternatives.hpp).
template <typename Rule>
std::size_t try_rule(const Rule& rule, grammar::alternatives_mask branches, const char* first, const char* last,
                     ast::Expression& out) {
  const char* it = first;
  if (!x3::phrase_parse(it, last, x3::with<grammar::alternatives_tag>(branches)[rule], x3::ascii::space, out,
                        x3::skip_flag::dont_post_skip))
    return 0;
  // An optional part that failed after its lexeme pre-skipped leaves the iterator past white
  // space: the extent ends at the last non-space byte.
  while (it > first && (it[-1] == ' ' || it[-1] == '\t' || it[-1] == '\n' || it[-1] == '\r')) --it;
  return static_cast<std::size_t>(it - first);
}

// The families in the order they are tried: on equal lengths the earlier family wins.
enum Family : std::size_t { kDate, kTime, kDeictic, kAnaphoric, kDuration, kSet, kOrdinal, kFamilies };

// For each family, the branches of its rule that may match at a word; all zero when none can.
using Branches = std::array<grammar::alternatives_mask, kFamilies>;

Branches& operator|=(Branches& a, const Branches& b) {
  for (std::size_t f = 0; f < kFamilies; ++f) a[f] |= b[f];
  return a;
}
Branches operator&(Branches a, const Branches& b) {
  for (std::size_t f = 0; f < kFamilies; ++f) a[f] &= b[f];
  return a;
}
bool any_branch(const Branches& b) {
  return std::any_of(b.begin(), b.end(), [](grammar::alternatives_mask m) { return m != 0; });
}

std::array<const grammar::BranchFirstWords*, kFamilies> family_firsts() {
  return {&g::date_first_words(), &g::time_first_words(), &g::deictic_first_words(), &g::anaphoric_first_words(),
          &g::duration_first_words(), &g::set_first_words(), &g::ordinal_first_words()};
}
std::array<grammar::BranchContinuations, kFamilies> family_continuations(const grammar::Token& t) {
  return {g::date_continuations(t), g::time_continuations(t), g::deictic_continuations(t),
          g::anaphoric_continuations(t), g::duration_continuations(t), g::set_continuations(t),
          g::ordinal_continuations(t)};
}

bool can_begin_with(const grammar::FirstWords& first, std::string_view word) {
  return first.any || std::find(first.words.begin(), first.words.end(), word) != first.words.end() ||
         std::any_of(first.prefixes.begin(), first.prefixes.end(),
                     [&](const std::string& k) { return word.starts_with(k); });
}

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The second filter: once the first token is known, the branches that can go on with the token
// after it ("the company" opens none of the branches that begin with "the"; a two-digit number
// followed by "pct" none of those that begin with a year).
class SecondFilter {
 public:
  SecondFilter() = default;
  explicit SecondFilter(const grammar::Token& t) {
    const auto firsts = family_firsts();
    const auto families = family_continuations(t);
    for (std::size_t f = 0; f < kFamilies; ++f)
      for (std::size_t k = 0; k < families[f].size(); ++k) {
        const grammar::Continuation& c = families[f][k];
        const grammar::alternatives_mask bit = grammar::alternatives_mask{1} << k;
        if ((*firsts[f])[k].any || c.ends || c.next.any) {
          open_[f] |= bit;  // a branch that can match nothing, or end after t: anything may follow
          continue;
        }
        if (!c.starts) continue;  // it cannot begin with t at all
        for (const std::string& w : c.next.words) words_[w][f] |= bit;
        for (const std::string& w : c.next.prefixes) entry(prefixes_, w)[f] |= bit;
        for (int b = 0; b < 256; ++b)
          if (c.next.bytes.test(b)) entry(bytes_, static_cast<unsigned char>(b))[f] |= bit;
      }
  }
  // The branches that can go on with the letters `next`.
  Branches after_word(std::string_view next) const {
    Branches out = open_;
    if (const auto it = words_.find(next); it != words_.end()) out |= it->second;
    for (const auto& [prefix, branches] : prefixes_)
      if (next.starts_with(prefix)) out |= branches;
    return out;
  }
  // The branches that can go on with the byte `next` (not a letter, not white space).
  Branches after_byte(unsigned char next) const {
    Branches out = open_;
    for (const auto& [byte, branches] : bytes_)
      if (byte == next) out |= branches;
    return out;
  }

 private:
  template <typename Key>
  static Branches& entry(std::vector<std::pair<Key, Branches>>& list, const Key& key) {
    for (auto& [k, branches] : list)
      if (k == key) return branches;
    return list.emplace_back(key, Branches{}).second;
  }

  Branches open_{};
  std::unordered_map<std::string, Branches, WordHash, std::equal_to<>> words_;
  std::vector<std::pair<std::string, Branches>> prefixes_;
  std::vector<std::pair<unsigned char, Branches>> bytes_;
};

// What the scanner knows about a first token: the branches that can begin with it, and those
// of them that can go on with what follows it.
struct Starter {
  Branches first{};
  SecondFilter second;
};

// Where the grammar is tried, and which families and branches: a word is tried only if it is
// the leading letters of some spelling in the lexicon or the rules (the gate), and then only the
// branches whose rules can begin with a prefix of it. Most words of running text fail the gate;
// of those that pass ("the", "a", "of"), most open one or two families, which is where the time
// goes.
class StarterWords {
 public:
  // Runs of digits longer than this get no second filter (no rule reads so many).
  static constexpr std::size_t kMaxDigits = 8;

  StarterWords() {
    namespace lx = grammar::lexicon;
    add_all(lx::months.spellings);
    add_all(lx::weekdays.spellings);
    add_all(lx::weekdays_plural.spellings);
    add_all(lx::small_numbers.spellings);
    add_all(lx::tens.spellings);
    add_all(lx::ordinal_words.spellings);
    add_all(lx::vague_quantities.spellings);
    add_all(lx::units.spellings);
    add_all(lx::parts_of_day.spellings);
    add_all(lx::seasons.spellings);
    add_all(lx::holidays.spellings);
    add_all(lx::negotiation_nouns.spellings);
    add_all(lx::frequency_adverbs.spellings);
    add_all(lx::multiplicatives.spellings);
    for (const char* w : lx::starter_words) add(w);
    for (std::string_view w : grammar::rule_keywords()) add(w);

    const auto families = family_firsts();
    for (auto& entry : words_) {
      const std::string_view word = entry.first;  // not a structured binding: clang 14 cannot capture one
      for (std::size_t f = 0; f < kFamilies; ++f)
        for (std::size_t k = 0; k < families[f]->size(); ++k)
          if (can_begin_with((*families[f])[k], word)) entry.second.first[f] |= grammar::alternatives_mask{1} << k;
      if (any_branch(entry.second.first)) entry.second.second = SecondFilter(grammar::Token{word, 0});
    }
    for (int b = 0; b < 256; ++b)
      for (std::size_t f = 0; f < kFamilies; ++f)
        for (std::size_t k = 0; k < families[f]->size(); ++k)
          if ((*families[f])[k].any || (*families[f])[k].bytes.test(b))
            by_byte_[b][f] |= grammar::alternatives_mask{1} << k;
    for (std::size_t n = 1; n <= kMaxDigits; ++n) digits_[n] = SecondFilter(grammar::Token{{}, n});
  }
  // A word of letters; null when it cannot start an expression.
  const Starter* starter(std::string_view word) const {
    const auto it = words_.find(word);
    return it == words_.end() ? nullptr : &it->second;
  }
  // The branches to try at a non-letter (digit, apostrophe).
  const Branches& branches_for_byte(unsigned char c) const { return by_byte_[c]; }
  // The second filter after a run of n digits; null when there is none.
  const SecondFilter* after_digits(std::size_t n) const { return n <= kMaxDigits ? &digits_[n] : nullptr; }

 private:
  void add(std::string_view spelling) {
    std::size_t n = 0;
    while (n < spelling.size() && is_alpha_lower(static_cast<unsigned char>(spelling[n]))) ++n;
    if (n > 0) words_.emplace(spelling.substr(0, n), Starter{});
  }
  template <typename List>
  void add_all(const List& spellings) {
    for (auto s : spellings) add(s);
  }
  std::unordered_map<std::string_view, Starter> words_;  // views of static spellings
  std::array<Branches, 256> by_byte_{};
  std::array<SecondFilter, kMaxDigits + 1> digits_;
};

const StarterWords& starter_words() {
  static const StarterWords words;
  return words;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// The branches that can go on, after the first token lower[i, j), with what follows it.
Branches second_filter(const SecondFilter& second, const Branches& first, std::string_view lower, std::size_t j) {
  while (j < lower.size() && is_space(static_cast<unsigned char>(lower[j]))) ++j;
  if (j == lower.size()) return first;  // nothing follows: no filter (rare)
  const unsigned char c = static_cast<unsigned char>(lower[j]);
  if (!is_alpha_lower(c)) return first & second.after_byte(c);
  std::size_t e = j;
  while (e < lower.size() && is_alpha_lower(static_cast<unsigned char>(lower[e]))) ++e;
  return first & second.after_word(lower.substr(j, e - j));
}

// The branches that may match at lower[i] (i is a word start); all zero when none can.
Branches branches_at(std::string_view lower, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(lower[i]);
  const auto& starters = starter_words();
  if (c >= '0' && c <= '9') {
    const Branches& first = starters.branches_for_byte(c);
    std::size_t j = i;
    while (j < lower.size() && lower[j] >= '0' && lower[j] <= '9') ++j;
    const SecondFilter* second = starters.after_digits(j - i);
    return second ? second_filter(*second, first, lower, j) : first;
  }
  if (c == '\'') {
    if (i + 1 < lower.size() && lower[i + 1] >= '0' && lower[i + 1] <= '9') return starters.branches_for_byte(c);
    return {};
  }
  if (c == 0xE2) {
    if (lower.substr(i, 3) == "\xE2\x80\x99" && i + 3 < lower.size() && lower[i + 3] >= '0' && lower[i + 3] <= '9')
      return starters.branches_for_byte(c);
    return {};
  }
  if (!is_alpha_lower(c)) return {};
  std::size_t n = i;
  while (n < lower.size() && is_alpha_lower(static_cast<unsigned char>(lower[n]))) ++n;
  if (n - i > 16) return {};
  const Starter* starter = starters.starter(lower.substr(i, n - i));
  if (starter == nullptr) return {};
  return second_filter(starter->second, starter->first, lower, n);
}

}  // namespace

std::vector<Mention> scan(std::string_view text) {
  std::vector<Mention> mentions;
  // One lowercase buffer per thread, reused: a batch of documents allocates it once.
  thread_local std::string lower;
  lower.assign(text);
  for (char& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  const char* const base = lower.data();
  const char* const last = base + lower.size();

  ast::Expression candidate;
  std::size_t i = 0;
  while (i < lower.size()) {
    const bool word_start = i == 0 || !is_alnum(static_cast<unsigned char>(lower[i - 1]));
    if (!word_start) {
      ++i;
      continue;
    }
    const Branches branches = branches_at(lower, i);
    if (!any_branch(branches)) {
      ++i;
      continue;
    }
    Mention best;
    std::size_t best_len = 0;
    auto consider = [&](Family family, const auto& rule) {
      if (branches[family] == 0) return;
      const std::size_t len = try_rule(rule, branches[family], base + i, last, candidate);
      if (len > best_len && accept(text, i, i + len, candidate)) {
        best_len = len;
        best.expr = candidate;
      }
    };
    consider(kDate, g::date_expression());
    consider(kTime, g::time_expression());
    consider(kDeictic, g::deictic_expression());
    consider(kAnaphoric, g::anaphoric_expression());
    consider(kDuration, g::duration_expression());
    consider(kSet, g::set_expression());
    consider(kOrdinal, g::ordinal_expression());
    if (best_len == 0) {
      ++i;
      continue;
    }
    best.begin = i;
    best.end = i + best_len;
    mentions.push_back(best);
    i = best.end;
  }
  return mentions;
}

}  // namespace parley::engine
