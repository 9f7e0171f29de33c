// The scanner tries the grammar only where an expression can start (a word that opens some rule,
// a digit, an apostrophe), runs there the families whose rules can begin with that word (and in
// each, only the branches that can), and keeps the longest match. Parsing happens
// on a lowercased copy, so the grammar is case-free; checks that need case (a lowercase "may" is
// the verb) look at the original text.
#include "engine/tagger/scanner.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "engine/tagger/acceptance.hpp"
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

// What the scanner asks of every byte of the text, as a table (one load instead of six compares):
// kAlnum, an ASCII letter or digit; kStart, a byte an expression can start with (a letter, a
// digit, an apostrophe, the first byte of a curly one).
enum ByteClass : std::uint8_t { kAlnum = 1, kStart = 2 };
constexpr std::array<std::uint8_t, 256> byte_classes() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    t[c] = static_cast<std::uint8_t>((alnum ? kAlnum : 0) | (alnum || c == '\'' || c == 0xE2 ? kStart : 0));
  }
  return t;
}
constexpr std::array<std::uint8_t, 256> kByteClass = byte_classes();
bool is_alnum(unsigned char c) { return kByteClass[c] & kAlnum; }
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
std::array<const grammar::BranchAtoms*, kFamilies> family_atoms() {
  return {&g::date_atoms(), &g::time_atoms(), &g::deictic_atoms(), &g::anaphoric_atoms(),
          &g::duration_atoms(), &g::set_atoms(), &g::ordinal_atoms()};
}

bool can_begin_with(const grammar::FirstWords& first, std::string_view word) {
  return first.any || std::find(first.words.begin(), first.words.end(), word) != first.words.end() ||
         std::any_of(first.prefixes.begin(), first.prefixes.end(),
                     [&](const std::string& k) { return word.starts_with(k); });
}

// A word of up to 16 lowercase letters packed into two integers, zero-padded: the key of the
// scanner's word tables. Looking words up is most of the scanner's own work (every word of the
// text at the first filter), so the tables hash two integers instead of strings.
struct WordKey {
  std::uint64_t lo = 0, hi = 0;
  static constexpr std::size_t kMaxLetters = 16;
  // Adds the k-th letter (k < kMaxLetters).
  void put(std::size_t k, unsigned char c) {
    (k < 8 ? lo : hi) |= std::uint64_t{c} << (8 * (k % 8));
  }
  // The key of the first n letters (n <= kMaxLetters): the word begins with `prefix` when its
  // key masked to the prefix's length equals the prefix's key.
  WordKey first(std::size_t n) const {
    const auto mask = [](std::size_t bytes) { return bytes >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * bytes)) - 1; };
    return {lo & mask(n), hi & mask(n > 8 ? n - 8 : 0)};
  }
  bool operator==(const WordKey&) const = default;
};
// The key of the n letters at p (n <= kMaxLetters), read sixteen bytes at once: the scanner's
// lowercase copy has kMaxLetters bytes of padding after the text, so the read stays inside it.
WordKey key_at(const char* p, std::size_t n) {
  WordKey key;
  std::memcpy(&key.lo, p, 8);
  std::memcpy(&key.hi, p + 8, 8);
  return key.first(n);
}
// The key of `word`, or none when it is longer than kMaxLetters.
std::optional<WordKey> key_of(std::string_view word) {
  if (word.size() > WordKey::kMaxLetters) return std::nullopt;
  WordKey key;
  for (std::size_t k = 0; k < word.size(); ++k) key.put(k, static_cast<unsigned char>(word[k]));
  return key;
}

// An open-addressing table from words (keys) to values; filled once, then only read.
template <typename T>
class WordTable {
 public:
  T& operator[](const WordKey& key) {
    if (2 * (values_.size() + 1) > slots_.size()) grow();
    Slot& slot = slots_[find_slot(key)];
    if (slot.value == kEmpty) {
      slot.key = key;
      slot.value = static_cast<std::uint32_t>(values_.size());
      values_.emplace_back();
    }
    return values_[slot.value];
  }
  const T* find(const WordKey& key) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[find_slot(key)];
    return slot.value == kEmpty ? nullptr : &values_[slot.value];
  }
  template <typename F>
  void for_each(F&& f) {
    for (const Slot& slot : slots_)
      if (slot.value != kEmpty) f(slot.key, values_[slot.value]);
  }

 private:
  static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
  struct Slot {
    WordKey key;
    std::uint32_t value = kEmpty;
  };
  std::size_t find_slot(const WordKey& key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(((key.lo * 0x9E3779B97F4A7C15ull) ^ (key.hi * 0xC2B2AE3D27D4EB4Full)) >> 32) & mask;
    while (slots_[i].value != kEmpty && !(slots_[i].key == key)) i = (i + 1) & mask;
    return i;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(16, 2 * old.size()), Slot{});
    for (const Slot& slot : old)
      if (slot.value != kEmpty) slots_[find_slot(slot.key)] = slot;
  }
  std::vector<Slot> slots_;
  std::vector<T> values_;
};

// The second filter: once the first token is known, the branches that can go on with the token
// after it ("the company" opens none of the branches that begin with "the"; a two-digit number
// followed by "pct" none of those that begin with a year).
class SecondFilter {
 public:
  SecondFilter() = default;
  // `candidates`: the branches the first filter lets through at t; the others are left out.
  SecondFilter(const grammar::Token& t, const Branches& candidates) {
    const auto firsts = family_firsts();
    const auto families = family_atoms();
    for (std::size_t f = 0; f < kFamilies; ++f)
      for (std::size_t k = 0; k < families[f]->size(); ++k) {
        const grammar::alternatives_mask bit = grammar::alternatives_mask{1} << k;
        if ((candidates[f] & bit) == 0) continue;
        const grammar::Continuation c = grammar::continuation((*families[f])[k], t);
        if ((*firsts[f])[k].any || c.ends || c.next.any) {
          open_[f] |= bit;  // a branch that can match nothing, or end after t: anything may follow
          continue;
        }
        if (!c.starts) continue;  // it cannot begin with t at all
        bool too_long = false;  // a word longer than any key: no filter on this branch
        for (const std::string& w : c.next.words) {
          if (const auto key = key_of(w)) words_[*key][f] |= bit;
          else too_long = true;
        }
        for (const std::string& w : c.next.prefixes) {
          if (const auto key = key_of(w)) prefix_entry(*key, w.size())[f] |= bit;
          else too_long = true;
        }
        if (too_long) open_[f] |= bit;
        if (c.next.bytes.any())
          for (int b = 0; b < 256; ++b)
            if (c.next.bytes.test(b)) entry(bytes_, static_cast<unsigned char>(b))[f] |= bit;
      }
    index_prefixes();
  }
  // The branches that can go on with a word of letters: `key` holds its first kMaxLetters
  // letters, `fits` says whether that is all of it.
  Branches after_word(const WordKey& key, bool fits) const {
    Branches out = open_;
    if (fits)
      if (const Branches* b = words_.find(key)) out |= *b;
    // Only the prefixes with the word's first letter can match (and any of no letter at all):
    // "the" alone has sixty, and it is the commonest word there is.
    for (const std::size_t group : {std::size_t{0}, group_of(key)})
      for (std::size_t k = group_start_[group]; k < group_start_[group + 1]; ++k)
        if (key.first(prefixes_[k].length) == prefixes_[k].key) out |= prefixes_[k].branches;
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

  struct Prefix {
    WordKey key;
    std::size_t length;
    Branches branches;
  };
  Branches& prefix_entry(const WordKey& key, std::size_t length) {
    for (Prefix& p : prefixes_)
      if (p.key == key) return p.branches;
    return prefixes_.push_back(Prefix{key, length, Branches{}}), prefixes_.back().branches;
  }

  // Group 0: prefixes that do not begin with a letter a-z; group 1 + (c - 'a'): those beginning with c.
  static constexpr std::size_t kGroups = 27;
  static std::size_t group_of(const WordKey& key) {
    const auto c = static_cast<unsigned char>(key.lo & 0xff);
    return is_alpha_lower(c) ? 1 + (c - 'a') : 0;
  }
  // Sorts the prefixes by group, so that group g is prefixes_[group_start_[g], group_start_[g + 1]).
  void index_prefixes() {
    std::stable_sort(prefixes_.begin(), prefixes_.end(),
                     [](const Prefix& a, const Prefix& b) { return group_of(a.key) < group_of(b.key); });
    group_start_.fill(0);
    for (const Prefix& p : prefixes_) ++group_start_[group_of(p.key) + 1];
    for (std::size_t g = 1; g <= kGroups; ++g) group_start_[g] += group_start_[g - 1];
  }

  Branches open_{};
  WordTable<Branches> words_;
  std::vector<Prefix> prefixes_;
  std::array<std::uint16_t, kGroups + 1> group_start_{};
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
    add_all(lx::mid_parts_of_day.spellings);
    add_all(lx::twilight_words.spellings);
    add_all(lx::seasons.spellings);
    add_all(lx::holidays.spellings);
    add_all(lx::negotiation_nouns.spellings);
    add_all(lx::frequency_adverbs.spellings);
    add_all(lx::multiplicatives.spellings);
    for (const char* w : lx::starter_words) add(w);
    for (std::string_view w : grammar::rule_keywords()) add(w);

    const auto families = family_firsts();
    words_.for_each([&](const WordKey& key, Starter& starter) {
      const std::string word = word_of(key);
      for (std::size_t f = 0; f < kFamilies; ++f)
        for (std::size_t k = 0; k < families[f]->size(); ++k)
          if (can_begin_with((*families[f])[k], word)) starter.first[f] |= grammar::alternatives_mask{1} << k;
      if (any_branch(starter.first)) starter.second = SecondFilter(grammar::Token{word, 0}, starter.first);
    });
    for (int b = 0; b < 256; ++b)
      for (std::size_t f = 0; f < kFamilies; ++f)
        for (std::size_t k = 0; k < families[f]->size(); ++k)
          if ((*families[f])[k].any || (*families[f])[k].bytes.test(b))
            by_byte_[b][f] |= grammar::alternatives_mask{1} << k;
    Branches at_digits{};
    for (char c = '0'; c <= '9'; ++c) at_digits |= by_byte_[static_cast<unsigned char>(c)];
    for (std::size_t n = 1; n <= kMaxDigits; ++n) digits_[n] = SecondFilter(grammar::Token{{}, n}, at_digits);
  }
  // A word of letters; null when it cannot start an expression.
  const Starter* starter(const WordKey& word) const { return words_.find(word); }
  // The branches to try at a non-letter (digit, apostrophe).
  const Branches& branches_for_byte(unsigned char c) const { return by_byte_[c]; }
  // The second filter after a run of n digits; null when there is none.
  const SecondFilter* after_digits(std::size_t n) const { return n <= kMaxDigits ? &digits_[n] : nullptr; }

 private:
  void add(std::string_view spelling) {
    std::size_t n = 0;
    while (n < spelling.size() && is_alpha_lower(static_cast<unsigned char>(spelling[n]))) ++n;
    // Longer words are never looked up (branches_at), so they need no entry.
    if (n > 0)
      if (const auto key = key_of(spelling.substr(0, n))) words_[*key];
  }
  static std::string word_of(const WordKey& key) {
    std::string word;
    for (std::size_t k = 0; k < WordKey::kMaxLetters; ++k) {
      const auto c = static_cast<char>((k < 8 ? key.lo : key.hi) >> (8 * (k % 8)));
      if (c == 0) break;
      word += c;
    }
    return word;
  }
  template <typename List>
  void add_all(const List& spellings) {
    for (auto s : spellings) add(s);
  }
  WordTable<Starter> words_;
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
  const std::size_t letters = e - j;
  return first & second.after_word(key_at(lower.data() + j, std::min(letters, WordKey::kMaxLetters)),
                                   letters <= WordKey::kMaxLetters);
}

// The branches that may match at lower[i] (i is a word start); all zero when none can.
// `known` is set past the letters or digits read from i on (all of lower[i, known) is
// alphanumeric), so that the scanner need not read them again to skip the word.
Branches branches_at(std::string_view lower, std::size_t i, std::size_t& known) {
  const unsigned char c = static_cast<unsigned char>(lower[i]);
  const auto& starters = starter_words();
  if (c >= '0' && c <= '9') {
    const Branches& first = starters.branches_for_byte(c);
    std::size_t j = i;
    while (j < lower.size() && lower[j] >= '0' && lower[j] <= '9') ++j;
    known = j;
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
  while (n < lower.size() && is_alpha_lower(static_cast<unsigned char>(lower[n]))) {
    if (n - i == WordKey::kMaxLetters) {
      known = n;
      return {};  // longer than any word that starts an expression
    }
    ++n;
  }
  known = n;
  const Starter* starter = starters.starter(key_at(lower.data() + i, n - i));
  if (starter == nullptr) return {};
  return second_filter(starter->second, starter->first, lower, n);
}

}  // namespace

std::vector<Mention> scan(std::string_view text) {
  std::vector<Mention> mentions;
  // One lowercase buffer per thread, reused: a batch of documents allocates it once.
  // kMaxLetters zero bytes follow the text in it (key_at reads a word's sixteen bytes at once).
  thread_local std::string buffer;
  buffer.assign(text);
  buffer.append(WordKey::kMaxLetters, '\0');
  for (char& ch : buffer)  // without a branch, so that the compiler vectorizes it
    ch = static_cast<char>(ch + (static_cast<unsigned char>(ch - 'A') < 26 ? 'a' - 'A' : 0));
  const std::string_view lower(buffer.data(), text.size());
  const char* const base = lower.data();
  const char* const last = base + lower.size();

  ast::Expression candidate;
  std::size_t i = 0;
  // Where to look next when nothing matches at i: past the rest of a word, whose letters and
  // digits do not start words. lower[i, known) is known to be alphanumeric (branches_at).
  auto next_start = [&](std::size_t i, std::size_t known) {
    if (!is_alnum(static_cast<unsigned char>(lower[i]))) return i + 1;
    i = std::max(i + 1, known);
    while (i < lower.size() && is_alnum(static_cast<unsigned char>(lower[i]))) ++i;
    return i;
  };
  while (i < lower.size()) {
    const unsigned char c = static_cast<unsigned char>(lower[i]);
    const bool word_start = i == 0 || !is_alnum(static_cast<unsigned char>(lower[i - 1]));
    // Only a letter, a digit or an apostrophe can start an expression (branches_at).
    if (!(kByteClass[c] & kStart) || !word_start) {
      ++i;
      continue;
    }
    std::size_t known = i;
    const Branches branches = branches_at(lower, i, known);
    if (!any_branch(branches)) {
      i = next_start(i, known);
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
      i = next_start(i, known);
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
