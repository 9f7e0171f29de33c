// The scanner tries the grammar only where an expression can start (a word that opens some rule,
// a digit, an apostrophe), runs every family there and keeps the longest match. Parsing happens
// on a lowercased copy, so the grammar is case-free; checks that need case (a lowercase "may" is
// the verb) look at the original text.
#include "engine/scanner.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "engine/acceptance.hpp"
#include "grammar/anaphoric.hpp"
#include "grammar/dates.hpp"
#include "grammar/deictic.hpp"
#include "grammar/durations.hpp"
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

// The leading letters of every spelling the grammar can start with.
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
  }
  bool contains(std::string_view word) const { return words_.contains(word); }

 private:
  void add(std::string_view spelling) {
    std::size_t n = 0;
    while (n < spelling.size() && is_alpha_lower(static_cast<unsigned char>(spelling[n]))) ++n;
    if (n > 0) words_.emplace(spelling.substr(0, n));
  }
  template <typename List>
  void add_all(const List& spellings) {
    for (auto s : spellings) add(s);
  }
  std::unordered_set<std::string_view> words_;  // views of the lexicon's static spellings
};

const StarterWords& starter_words() {
  static const StarterWords words;
  return words;
}

// Can an expression start at lower[i]? (i is a word start)
bool may_start_at(std::string_view lower, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(lower[i]);
  if (c >= '0' && c <= '9') return true;
  if (c == '\'') return i + 1 < lower.size() && lower[i + 1] >= '0' && lower[i + 1] <= '9';
  if (c == 0xE2) return lower.substr(i, 3) == "\xE2\x80\x99" && i + 3 < lower.size() && lower[i + 3] >= '0' && lower[i + 3] <= '9';
  if (!is_alpha_lower(c)) return false;
  std::size_t n = i;
  while (n < lower.size() && is_alpha_lower(static_cast<unsigned char>(lower[n]))) ++n;
  if (n - i > 16) return false;
  return starter_words().contains(lower.substr(i, n - i));
}

}  // namespace

std::vector<Mention> scan(std::string_view text) {
  std::vector<Mention> mentions;
  std::string lower(text);
  for (char& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  const char* const base = lower.data();
  const char* const last = base + lower.size();

  ast::Expression candidate;
  std::size_t i = 0;
  while (i < lower.size()) {
    const bool word_start = i == 0 || !is_alnum(static_cast<unsigned char>(lower[i - 1]));
    if (!word_start || !may_start_at(lower, i)) {
      ++i;
      continue;
    }
    Mention best;
    std::size_t best_len = 0;
    auto consider = [&](const auto& rule) {
      const std::size_t len = try_rule(rule, base + i, last, candidate);
      if (len > best_len && accept(text, i, i + len, candidate)) {
        best_len = len;
        best.expr = candidate;
      }
    };
    consider(g::date_expression());
    consider(g::time_expression());
    consider(g::deictic_expression());
    consider(g::anaphoric_expression());
    consider(g::duration_expression());
    consider(g::set_expression());
    consider(g::ordinal_expression());
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
