// A small cue-based reader: it walks outwards from the expression, word by word, inside the
// sentence, and the nearest tense cue decides. Full parsing would be more exact; news clauses
// are short and the nearest auxiliary or finite verb is right most of the time.
#include "engine/tagger/tense.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::engine {
namespace {

// A letter of a word as the reader splits them: ASCII letters and the apostrophe (a table: the
// reader asks it of every byte it walks over).
constexpr std::array<bool, 256> letter_table() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
  return t;
}
constexpr std::array<bool, 256> kLetter = letter_table();
bool is_letter(char c) { return kLetter[static_cast<unsigned char>(c)]; }
// Abbreviations a capitalized word follows inside a sentence ("Roe vs. Wade", "Mr. Smith",
// "Birmingham, Ala., killed"); a period after one does not end the sentence.
constexpr std::string_view abbreviations[] = {
    "mr", "mrs", "ms", "dr", "vs", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
    "rev", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz",
    "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"};

bool after_abbreviation(std::string_view text, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || (text[b - 1] >= 'A' && text[b - 1] <= 'Z'))) --b;
  const std::size_t n = dot - b;
  if (n == 0 || n > 5) return false;
  if (n == 1) return true;  // an initial: "J. Smith"
  char w[5];
  for (std::size_t k = 0; k < n; ++k) {
    const char c = text[b + k];
    w[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view word(w, n);
  for (std::string_view a : abbreviations)
    if (a == word) return true;
  return false;
}

bool ends_sentence_slow(std::string_view text, std::size_t i);

// Called for every byte between the words the reader walks over, mostly spaces: the test that
// rules those out is inlined, the rest is not.
inline bool ends_sentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  return (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') && ends_sentence_slow(text, i);
}

bool ends_sentence_slow(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '!' || c == '?' || c == ';') return true;
  if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
  // A period ends a sentence when a space or a line break and an upper-case letter follow (not
  // "a.m." or "U.S.").
  // A figure ends a sentence too ("from the start of 1987. On Friday the index leapt").
  if (c != '.' || i == 0) return false;
  const char last = text[i - 1];
  const bool figure = (last >= '0' && last <= '9') || last == '%';
  if (!figure && (last < 'a' || last > 'z' || after_abbreviation(text, i))) return false;
  std::size_t k = i + 1;
  while (k < text.size() && k < i + 16 && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t' || text[k] == '\r')) ++k;
  return k > i + 1 && k < text.size() && text[k] >= 'A' && text[k] <= 'Z';
}

// Quotation marks bound the clause: a quote's tense is its own, not that of the attribution
// around it ("``They will leave Thursday,'' Castro said"). Only the marks that say which side
// they are on count: `` and curly quotes; a straight " could open or close.
bool opens_quote(std::string_view text, std::size_t i) {
  if (text[i] == '`') return true;
  return i >= 2 && text[i] == '\x9C' && text[i - 1] == '\x80' && text[i - 2] == '\xE2';
}
// A "word" of apostrophes only: two of them close a quote in news wire text (the closing curly
// quote is caught where the words after are collected).
bool closes_quote(std::string_view text, std::size_t b, std::size_t e) {
  return e - b >= 2 && text[b] == '\'' && text.substr(b, e - b).find_first_not_of('\'') == std::string_view::npos;
}


// Membership in a list outside the cue table (the cue lists below are read through cue_lists).
template <std::size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Not "set" nor "plans": "set to meet" and "plans to meet" are intentions (see intention_verbs),
// but "the record set on Aug. 6", "set Friday as the deadline" and "vacation plans" are not.
constexpr std::array<std::string_view, 22> future_cues{
    "will", "shall", "'ll", "going", "scheduled", "expected", "expects", "expect", "soon",
    "slated", "tentatively", "tomorrow", "next", "upcoming", "due", "would", "wo", "might", "hopes",
    "forecast", "deadline", "until"};
constexpr std::array<std::string_view, 44> past_cues{
    "was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "said", "told", "been", "came",
    "went", "began", "met", "held", "made", "took", "gave", "left", "spoke", "won", "lost", "fell", "rose",
    "struck", "sent", "brought", "bought", "sold", "paid", "led", "kept", "found", "became", "broke", "ran",
    "wrote", "saw", "shot", "hit", "got", "killed", "since"};
constexpr std::array<std::string_view, 6> present_cues{"is", "are", "am", "has", "have", "does"};
// "planned to leave on Thursday", "is to resume Tuesday": an intention points forward.
constexpr std::array<std::string_view, 30> intention_verbs{
    "planned", "plans", "plan", "planning", "is", "are", "was", "were", "set", "due", "expected", "scheduled",
    "going", "hopes", "hoped", "wants", "wanted", "intends", "intended", "intend", "aim", "aims", "agreed",
    "decided", "promised", "vowed", "threatened", "likely", "ready", "prepared"};

// Present-tense verbs of a schedule: "talks resume Monday", "the team flies home Friday". With a
// named day they point forward (their past forms are past cues or regular "-ed" forms). Not the
// ones that are as often nouns: "ends" ("Qtr ends Dec 31", "year end"), "starts" ("housing
// starts"), "returns", "visits", "start", "return".
constexpr std::array<std::string_view, 19> schedule_verbs{
    "begins", "begin", "resumes", "resume", "opens", "meets", "meet", "leaves", "arrives", "arrive",
    "goes", "flies", "travels", "convenes", "convene", "expires", "expire", "kicks", "kick"};

// Words after which an "-ed" word is an adjective, not a finite past.
constexpr std::array<std::string_view, 22> adjective_openers{
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "some", "any", "no",
    "each", "every", "still", "yet", "very", "newly", "widely", "long"};

// The lists a word is in, found with one probe of a small hash table: the reader looks at some
// twenty words per time expression, and comparing each with every list took a tenth of the
// tagger's time.
enum CueList : std::uint8_t {
  kFutureCue = 1, kPastCue = 2, kPresentCue = 4, kIntentionVerb = 8, kScheduleVerb = 16, kAdjectiveOpener = 32
};

class CueWords {
 public:
  CueWords() {
    add(future_cues, kFutureCue);
    add(past_cues, kPastCue);
    add(present_cues, kPresentCue);
    add(intention_verbs, kIntentionVerb);
    add(schedule_verbs, kScheduleVerb);
    add(adjective_openers, kAdjectiveOpener);
  }
  // The CueList bits of `w`; 0 when it is in none.
  std::uint8_t lists(std::string_view w) const {
    if (w.empty()) return 0;
    if (w.size() > kMaxLetters) {  // no cue is this long today; one added later is still found
      std::uint8_t lists = 0;
      for (const auto& [word, list] : long_words_)
        if (word == w) lists |= list;
      return lists;
    }
    const Key key = key_of(w);
    for (std::size_t i = slot_of(key);; i = (i + 1) % kSlots) {
      if (slots_[i].lists == 0) return 0;
      if (slots_[i].key == key) return slots_[i].lists;
    }
  }

 private:
  static constexpr std::size_t kMaxLetters = 16;
  // Over twice as many slots as words however the lists grow (the probe loop needs free slots).
  static constexpr std::size_t kSlots =
      std::bit_ceil(2 * (future_cues.size() + past_cues.size() + present_cues.size() + intention_verbs.size() +
                         schedule_verbs.size() + adjective_openers.size()) + 1);
  struct Key {
    std::uint64_t lo = 0, hi = 0;
    bool operator==(const Key&) const = default;
  };
  struct Slot {
    Key key;
    std::uint8_t lists = 0;
  };
  // The letters, zero-padded (a word holds no zero byte).
  static Key key_of(std::string_view w) {
    Key key;
    std::memcpy(&key.lo, w.data(), std::min<std::size_t>(w.size(), 8));
    if (w.size() > 8) std::memcpy(&key.hi, w.data() + 8, w.size() - 8);
    return key;
  }
  static std::size_t slot_of(const Key& key) {
    return static_cast<std::size_t>(((key.lo * 0x9E3779B97F4A7C15ull) ^ (key.hi * 0xC2B2AE3D27D4EB4Full)) >> 40) % kSlots;
  }
  template <std::size_t N>
  void add(const std::array<std::string_view, N>& words, CueList list) {
    for (std::string_view w : words) {
      if (w.size() > kMaxLetters) {
        long_words_.emplace_back(w, list);
        continue;
      }
      const Key key = key_of(w);
      std::size_t i = slot_of(key);
      while (slots_[i].lists != 0 && !(slots_[i].key == key)) i = (i + 1) % kSlots;
      slots_[i].key = key;
      slots_[i].lists |= list;
    }
  }
  std::array<Slot, kSlots> slots_{};
  std::vector<std::pair<std::string_view, CueList>> long_words_;
};

std::uint8_t cue_lists(std::string_view w) {
  static const CueWords words;
  return words.lists(w);
}

Tense tense_of_word(std::string_view w, std::string_view before) {
  // "will be held": a participle after "be" is not a finite past.
  if ((before == "be" || before == "being") && w.size() > 2) return Tense::Unknown;
  if (w == "to" && (cue_lists(before) & kIntentionVerb)) return Tense::Future;
  const std::uint8_t lists = cue_lists(w);
  if (lists & kFutureCue) return Tense::Future;
  if (lists & kPastCue) return Tense::Past;
  if (lists & kPresentCue) return Tense::Present;
  // "failed to meet as of December 16": an infinitive's time is its governing verb's
  if ((lists & kScheduleVerb) && before != "to") return Tense::Future;
  // Regular past forms: "ended", "agreed"; not "need", "speed", "indeed", nor an adjective after
  // a determiner or degree word ("a still unspecified date", "the revised plan").
  if (w.size() > 4 && w.ends_with("ed") && w != "need" && w != "speed" && w != "indeed" && w != "proceed" &&
      w != "succeed" && w != "exceed" && !(cue_lists(before) & kAdjectiveOpener))
    return Tense::Past;
  return Tense::Unknown;
}

// A word as the cue lists compare it: lowercased, "n't" dropped, held in place (the reader runs
// for every time expression: no allocation). A word longer than the buffer keeps its last
// letters, all the rules read of such a word (no cue is that long; the "-ed" test reads the end).
class Word {
 public:
  Word() = default;
  explicit Word(std::string_view s) {
    if (s.size() > sizeof buf_) s.remove_prefix(s.size() - sizeof buf_);
    const std::size_t n = s.size();
    for (std::size_t k = 0; k < n; ++k)  // the length is stored after: a loop the compiler vectorizes
      buf_[k] = (s[k] >= 'A' && s[k] <= 'Z') ? static_cast<char>(s[k] - 'A' + 'a') : s[k];
    len_ = static_cast<std::uint8_t>(n);
    if (view().ends_with("n't")) len_ -= 3;
  }
  std::string_view view() const { return {buf_, len_}; }
  operator std::string_view() const { return view(); }  // NOLINT: a word reads as its text
  friend bool operator==(const Word& w, std::string_view s) { return w.view() == s; }

 private:
  char buf_[32];
  std::uint8_t len_ = 0;
};

constexpr int max_words = 10;

// The words of the sentence on one side of an expression, nearest first, read only as far as
// the rules ask: the nearest cue usually decides within a word or two, and reading all eleven
// on both sides for every expression was most of the reader's work. has(k) reads on until the
// k-th word or the sentence's end; the words read are those the walk would have read at once.
template <typename Walk>
class WordsRead {
 public:
  // Whether the sentence has a k-th word on this side (k <= max_words).
  bool has(int k) {
    while (n_ <= k && !done_) static_cast<Walk*>(this)->read_next();
    return k < n_;
  }
  const Word& operator[](int k) const { return words_[k]; }

 protected:
  WordsRead(std::string_view text, std::size_t at) : text_(text), i_(at) {}
  std::string_view text_;
  std::size_t i_;  // where the walk goes on
  int n_ = 0;
  bool done_ = false;
  std::array<Word, max_words + 1> words_;
};

class WordsBefore : public WordsRead<WordsBefore> {
 public:
  WordsBefore(std::string_view text, std::size_t begin) : WordsRead(text, begin) {}

 private:
  friend class WordsRead<WordsBefore>;
  void read_next() {
    if (i_ == 0 || n_ > max_words) {
      done_ = true;
      return;
    }
    std::size_t e = i_;
    while (e > 0 && !is_letter(text_[e - 1])) {
      if (ends_sentence(text_, e - 1) || opens_quote(text_, e - 1)) {
        done_ = true;
        return;
      }
      --e;
    }
    std::size_t b = e;
    while (b > 0 && is_letter(text_[b - 1])) --b;
    if (b == e) {
      done_ = true;
      return;
    }
    words_[n_++] = Word(text_.substr(b, e - b));
    i_ = b;
  }
};

// The words of the sentence after the expression, nearest first, as WordsBefore reads them, and
// whether a comma comes before each.
class WordsAfter : public WordsRead<WordsAfter> {
 public:
  WordsAfter(std::string_view text, std::size_t end) : WordsRead(text, end) {}
  bool after_comma(int k) const { return after_comma_[k]; }

 private:
  friend class WordsRead<WordsAfter>;
  void read_next() {
    if (i_ >= text_.size() || n_ > max_words) {
      done_ = true;
      return;
    }
    std::size_t b = i_;
    while (b < text_.size() && !is_letter(text_[b])) {
      if (ends_sentence(text_, b) || (text_[b] == '\xE2' && text_.substr(b, 3) == "\xE2\x80\x9D")) {
        done_ = true;
        return;
      }
      if (text_[b] == ',') comma_ = true;
      ++b;
    }
    if (b >= text_.size()) {
      done_ = true;
      return;
    }
    std::size_t e = b;
    while (e < text_.size() && is_letter(text_[e])) ++e;
    if (closes_quote(text_, b, e)) {
      done_ = true;
      return;
    }
    after_comma_[n_] = comma_;
    words_[n_++] = Word(text_.substr(b, e - b));
    i_ = e;
  }
  bool comma_ = false;  // a comma since the expression (it stays set, as the reader has it)
  std::array<bool, max_words + 1> after_comma_{};
};

}  // namespace

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  WordsBefore left(text, begin);
  WordsAfter right(text, end);

  // "Wednesday's ruling": a possessive day names something that has happened, unless what it
  // owns is still to come ("Monday's high will still be", "Wednesday's expected high").
  const bool possessive = (end + 1 < text.size() && text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S')) ||
                          text.substr(end, 4) == "\xE2\x80\x99s";
  if (possessive) {
    for (int k = 1; k <= 2 && right.has(k); ++k)  // right[0] is the "s"; then the noun, then a cue
      if (right[k] == "will" || right[k] == "'ll" || right[k] == "expected" || right[k] == "scheduled" ||
          right[k] == "planned" || right[k] == "forecast")
        return Tense::Future;
    return Tense::Past;
  }
  // "by August", "until Friday": a deadline lies ahead, unless the clause is in the past perfect
  // ("Until Thursday, they had not called him a suspect").
  if (left.has(0) && (left[0] == "by" || left[0] == "until")) {
    for (int k = 1; left.has(k); ++k)
      if (left[k] == "had") return Tense::Past;
    // "the others were not released until Sunday": a negated past says when it did happen
    // (not "if they did not change their mind by Monday", a condition on what is to come)
    for (int k = 1; left[0] == "until" && left.has(k + 1); ++k)
      if (left[k] == "not" && (left[k + 1] == "was" || left[k + 1] == "were" || left[k + 1] == "did"))
        return Tense::Past;
    for (int k = 0; k < 4 && right.has(k); ++k)
      if (right[k] == "had") return Tense::Past;
    return Tense::Future;
  }
  // "a new chairman, effective Feb. 1", "effective on Wednesday": the date something takes
  // effect is ahead, unless a verb says when ("became effective March one").
  const int eff = left.has(0) && left[0] == "effective"                       ? 0
                  : left.has(1) && left[1] == "effective" && left[0] == "on" ? 1
                                                                             : -1;
  if (eff >= 0) {
    const std::string_view verb = left.has(eff + 1) ? std::string_view(left[eff + 1]) : std::string_view();
    if (verb != "became" && verb != "become" && verb != "becomes" && verb != "was" && verb != "were" && verb != "is" &&
        verb != "been" && verb != "be")
      return Tense::Future;
  }
  // "as early as Tuesday", "as soon as Friday": a date not yet reached.
  if (left.has(1) && left[1] == "as" && (left[0] == "early" || left[0] == "soon")) return Tense::Future;
  if (left.has(2) && left[0] == "as" && left[2] == "as" && (left[1] == "early" || left[1] == "soon")) return Tense::Future;
  // The nearest cue wins; at equal distance the left one (auxiliaries precede their verb).
  bool right_open = true;
  for (int k = 0; k < max_words; ++k) {
    if (left.has(k)) {
      // "the record set on Aug. 6" happened; "the vote set for Friday" is to come
      if (left[k] == "set" && k > 0 && (left[k - 1] == "on" || left[k - 1] == "for"))
        return left[k - 1] == "on" ? Tense::Past : Tense::Future;
      const Tense t = tense_of_word(left[k], left.has(k + 1) ? std::string_view(left[k + 1]) : std::string_view());
      // "had been due to expire Friday": a plan told in the past perfect has passed.
      if (t == Tense::Future)
        for (int j = k + 1; j <= k + 4 && left.has(j); ++j)
          if (left[j] == "had") return Tense::Past;
      if (t != Tense::Unknown) return t;
    }
    // "held talks throughout Wednesday night until 6 a.m.": "until" after the time bounds it,
    // it says nothing of the clause's tense.
    // "will face a final vote this weekend, Axios reported": an attribution after a comma says
    // when the report was made, not when the vote is; what follows it is the attribution's.
    if (right.has(k) && right.after_comma(k) &&
        (right[k] == "said" || right[k] == "reported" || right[k] == "told" || right[k] == "added"))
      right_open = false;
    if (right_open && right.has(k) && right[k] != "until") {
      const std::string_view before = k > 0 ? std::string_view(right[k - 1]) : (left.has(0) ? std::string_view(left[0]) : "");
      const Tense t = tense_of_word(right[k], before);
      if (t != Tense::Unknown) return t;
    }
  }
  return Tense::Unknown;
}

}  // namespace parley::engine
