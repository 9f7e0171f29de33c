// A small cue-based reader: it walks outwards from the expression, word by word, inside the
// sentence, and the nearest tense cue decides. Full parsing would be more exact; news clauses
// are short and the nearest auxiliary or finite verb is right most of the time.
#include "engine/tagger/tense.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace parley::engine {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }
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

bool ends_sentence(std::string_view text, std::size_t i) {
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
  return i >= 2 && text.substr(i - 2, 3) == "\xE2\x80\x9C";
}
// A "word" of apostrophes only: two of them close a quote in news wire text (the closing curly
// quote is caught where the words after are collected).
bool closes_quote(std::string_view text, std::size_t b, std::size_t e) {
  return e - b >= 2 && text.substr(b, e - b).find_first_not_of('\'') == std::string_view::npos;
}

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

Tense tense_of_word(std::string_view w, std::string_view before) {
  // "will be held": a participle after "be" is not a finite past.
  if ((before == "be" || before == "being") && w.size() > 2) return Tense::Unknown;
  if (w == "to" && in(before, intention_verbs)) return Tense::Future;
  if (in(w, future_cues)) return Tense::Future;
  if (in(w, past_cues)) return Tense::Past;
  if (in(w, present_cues)) return Tense::Present;
  // "failed to meet as of December 16": an infinitive's time is its governing verb's
  if (in(w, schedule_verbs) && before != "to") return Tense::Future;
  // Regular past forms: "ended", "agreed"; not "need", "speed", "indeed", nor an adjective after
  // a determiner or degree word ("a still unspecified date", "the revised plan").
  if (w.size() > 4 && w.ends_with("ed") && w != "need" && w != "speed" && w != "indeed" && w != "proceed" &&
      w != "succeed" && w != "exceed" && !in(before, adjective_openers))
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
    for (char c : s) buf_[len_++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
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

// The words of the sentence before `begin`, nearest first.
int words_before(std::string_view text, std::size_t begin, std::array<Word, max_words + 1>& out) {
  int n = 0;
  std::size_t i = begin;
  while (i > 0 && n <= max_words) {
    std::size_t e = i;
    while (e > 0 && !is_letter(text[e - 1])) {
      if (ends_sentence(text, e - 1) || opens_quote(text, e - 1)) return n;
      --e;
    }
    std::size_t b = e;
    while (b > 0 && is_letter(text[b - 1])) --b;
    if (b == e) break;
    out[n++] = Word(text.substr(b, e - b));
    i = b;
  }
  return n;
}

// The words of the sentence after `end`, nearest first, and whether a comma comes before each.
int words_after(std::string_view text, std::size_t end, std::array<Word, max_words + 1>& out,
                std::array<bool, max_words + 1>& after_comma) {
  int n = 0;
  bool comma = false;
  std::size_t i = end;
  while (i < text.size() && n <= max_words) {
    std::size_t b = i;
    while (b < text.size() && !is_letter(text[b])) {
      if (ends_sentence(text, b) || text.substr(b, 3) == "\xE2\x80\x9D") return n;
      if (text[b] == ',') comma = true;
      ++b;
    }
    if (b >= text.size()) break;
    std::size_t e = b;
    while (e < text.size() && is_letter(text[e])) ++e;
    if (closes_quote(text, b, e)) return n;
    after_comma[n] = comma;
    out[n++] = Word(text.substr(b, e - b));
    i = e;
  }
  return n;
}

}  // namespace

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  std::array<Word, max_words + 1> left, right;
  std::array<bool, max_words + 1> right_after_comma{};
  const int nl = words_before(text, begin, left);
  const int nr = words_after(text, end, right, right_after_comma);

  // "Wednesday's ruling": a possessive day names something that has happened, unless what it
  // owns is still to come ("Monday's high will still be", "Wednesday's expected high").
  const bool possessive = (end + 1 < text.size() && text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S')) ||
                          text.substr(end, 4) == "\xE2\x80\x99s";
  if (possessive) {
    for (int k = 1; k < nr && k <= 2; ++k)  // right[0] is the "s"; then the noun, then a cue
      if (right[k] == "will" || right[k] == "'ll" || right[k] == "expected" || right[k] == "scheduled" ||
          right[k] == "planned" || right[k] == "forecast")
        return Tense::Future;
    return Tense::Past;
  }
  // "by August", "until Friday": a deadline lies ahead, unless the clause is in the past perfect
  // ("Until Thursday, they had not called him a suspect").
  if (nl > 0 && (left[0] == "by" || left[0] == "until")) {
    for (int k = 1; k < nl; ++k)
      if (left[k] == "had") return Tense::Past;
    // "the others were not released until Sunday": a negated past says when it did happen
    // (not "if they did not change their mind by Monday", a condition on what is to come)
    for (int k = 1; left[0] == "until" && k + 1 < nl; ++k)
      if (left[k] == "not" && (left[k + 1] == "was" || left[k + 1] == "were" || left[k + 1] == "did"))
        return Tense::Past;
    for (int k = 0; k < nr && k < 4; ++k)
      if (right[k] == "had") return Tense::Past;
    return Tense::Future;
  }
  // "a new chairman, effective Feb. 1", "effective on Wednesday": the date something takes
  // effect is ahead, unless a verb says when ("became effective March one").
  const int eff = nl > 0 && left[0] == "effective" ? 0 : nl > 1 && left[1] == "effective" && left[0] == "on" ? 1 : -1;
  if (eff >= 0) {
    const std::string_view verb = eff + 1 < nl ? std::string_view(left[eff + 1]) : std::string_view();
    if (verb != "became" && verb != "become" && verb != "becomes" && verb != "was" && verb != "were" && verb != "is" &&
        verb != "been" && verb != "be")
      return Tense::Future;
  }
  // "as early as Tuesday", "as soon as Friday": a date not yet reached.
  if (nl > 1 && left[1] == "as" && (left[0] == "early" || left[0] == "soon")) return Tense::Future;
  if (nl > 2 && left[0] == "as" && left[2] == "as" && (left[1] == "early" || left[1] == "soon")) return Tense::Future;
  // The nearest cue wins; at equal distance the left one (auxiliaries precede their verb).
  bool right_open = true;
  for (int k = 0; k < max_words; ++k) {
    if (k < nl) {
      // "the record set on Aug. 6" happened; "the vote set for Friday" is to come
      if (left[k] == "set" && k > 0 && (left[k - 1] == "on" || left[k - 1] == "for"))
        return left[k - 1] == "on" ? Tense::Past : Tense::Future;
      const Tense t = tense_of_word(left[k], k + 1 < nl ? std::string_view(left[k + 1]) : std::string_view());
      // "had been due to expire Friday": a plan told in the past perfect has passed.
      if (t == Tense::Future)
        for (int j = k + 1; j < nl && j <= k + 4; ++j)
          if (left[j] == "had") return Tense::Past;
      if (t != Tense::Unknown) return t;
    }
    // "held talks throughout Wednesday night until 6 a.m.": "until" after the time bounds it,
    // it says nothing of the clause's tense.
    // "will face a final vote this weekend, Axios reported": an attribution after a comma says
    // when the report was made, not when the vote is; what follows it is the attribution's.
    if (k < nr && right_after_comma[k] &&
        (right[k] == "said" || right[k] == "reported" || right[k] == "told" || right[k] == "added"))
      right_open = false;
    if (k < nr && right_open && right[k] != "until") {
      const std::string_view before = k > 0 ? std::string_view(right[k - 1]) : (nl > 0 ? std::string_view(left[0]) : "");
      const Tense t = tense_of_word(right[k], before);
      if (t != Tense::Unknown) return t;
    }
  }
  return Tense::Unknown;
}

}  // namespace parley::engine
