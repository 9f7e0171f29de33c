// The scanner tries the grammar only where an expression can start (a word that opens some rule,
// a digit, an apostrophe), runs there the families whose rules can begin with that word, and
// keeps the longest match. Parsing happens
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

template <typename Rule>
std::size_t try_rule(const Rule& rule, const char* first, const char* last, ast::Expression& out) {
  const char* it = first;
  if (!x3::phrase_parse(it, last, rule, x3::ascii::space, out, x3::skip_flag::dont_post_skip)) return 0;
  // An optional part that failed after its lexeme pre-skipped leaves the iterator past white
  // space: the extent ends at the last non-space byte.
  while (it > first && (it[-1] == ' ' || it[-1] == '\t' || it[-1] == '\n' || it[-1] == '\r')) --it;
  return static_cast<std::size_t>(it - first);
}

// The families in the order they are tried: on equal lengths the earlier family wins.
enum FamilyBit : std::uint8_t {
  kDate = 1 << 0, kTime = 1 << 1, kDeictic = 1 << 2, kAnaphoric = 1 << 3,
  kDuration = 1 << 4, kSet = 1 << 5, kOrdinal = 1 << 6,
};
using FamilyMask = std::uint8_t;

struct FamilyFirst {
  FamilyMask bit;
  const grammar::FirstWords& first;
};
std::array<FamilyFirst, 7> family_firsts() {
  return {{{kDate, g::date_first_words()}, {kTime, g::time_first_words()},
           {kDeictic, g::deictic_first_words()}, {kAnaphoric, g::anaphoric_first_words()},
           {kDuration, g::duration_first_words()}, {kSet, g::set_first_words()},
           {kOrdinal, g::ordinal_first_words()}}};
}

// Where the grammar is tried, and which families: a word is tried only if it is the leading
// letters of some spelling in the lexicon or the rules (the gate), and then only the families
// whose rules can begin with a prefix of it. Most words of running text fail the gate; of those
// that pass ("the", "a", "of"), most open one or two families, which is where the time goes.
class StarterWords {
 public:
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
      FamilyMask& mask = entry.second;
      for (const auto& f : families)
        if (f.first.any || std::find(f.first.words.begin(), f.first.words.end(), word) != f.first.words.end() ||
            std::any_of(f.first.prefixes.begin(), f.first.prefixes.end(),
                        [&](const std::string& k) { return word.starts_with(k); }))
          mask |= f.bit;
    }
    for (int b = 0; b < 256; ++b)
      for (const auto& f : families)
        if (f.first.any || f.first.bytes.test(b)) by_byte_[b] |= f.bit;
  }
  // The families to try at a word of letters; 0 when the word cannot start an expression.
  FamilyMask families_for_word(std::string_view word) const {
    const auto it = words_.find(word);
    return it == words_.end() ? 0 : it->second;
  }
  // The families to try at a non-letter (digit, apostrophe).
  FamilyMask families_for_byte(unsigned char c) const { return by_byte_[c]; }

 private:
  void add(std::string_view spelling) {
    std::size_t n = 0;
    while (n < spelling.size() && is_alpha_lower(static_cast<unsigned char>(spelling[n]))) ++n;
    if (n > 0) words_.emplace(spelling.substr(0, n), 0);
  }
  template <typename List>
  void add_all(const List& spellings) {
    for (auto s : spellings) add(s);
  }
  std::unordered_map<std::string_view, FamilyMask> words_;  // views of static spellings
  std::array<FamilyMask, 256> by_byte_{};
};

const StarterWords& starter_words() {
  static const StarterWords words;
  return words;
}

// The families that may match at lower[i] (i is a word start); 0 when none can.
FamilyMask families_at(std::string_view lower, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(lower[i]);
  const auto& starters = starter_words();
  if (c >= '0' && c <= '9') return starters.families_for_byte(c);
  if (c == '\'') {
    if (i + 1 < lower.size() && lower[i + 1] >= '0' && lower[i + 1] <= '9') return starters.families_for_byte(c);
    return 0;
  }
  if (c == 0xE2) {
    if (lower.substr(i, 3) == "\xE2\x80\x99" && i + 3 < lower.size() && lower[i + 3] >= '0' && lower[i + 3] <= '9')
      return starters.families_for_byte(c);
    return 0;
  }
  if (!is_alpha_lower(c)) return 0;
  std::size_t n = i;
  while (n < lower.size() && is_alpha_lower(static_cast<unsigned char>(lower[n]))) ++n;
  if (n - i > 16) return 0;
  return starters.families_for_word(lower.substr(i, n - i));
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
    const FamilyMask families = word_start ? families_at(lower, i) : 0;
    if (families == 0) {
      ++i;
      continue;
    }
    Mention best;
    std::size_t best_len = 0;
    auto consider = [&](FamilyMask bit, const auto& rule) {
      if (!(families & bit)) return;
      const std::size_t len = try_rule(rule, base + i, last, candidate);
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
