// A small cue-based reader: it walks outwards from the expression, word by word, inside the
// sentence, and the nearest tense cue decides. Full parsing would be more exact; news clauses
// are short and the nearest auxiliary or finite verb is right most of the time.
#include "engine/tense.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace parley::engine {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }
bool ends_sentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '!' || c == '?' || c == ';') return true;
  if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
  // A period ends a sentence when a space and an upper-case letter follow (not "a.m." or "U.S.").
  return c == '.' && i + 2 < text.size() && text[i + 1] == ' ' && text[i + 2] >= 'A' && text[i + 2] <= 'Z' &&
         i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z';
}

constexpr std::array<std::string_view, 22> future_cues{
    "will", "shall", "'ll", "going", "scheduled", "expected", "plans", "plan", "soon", "set", "slated", "tentatively", "intends",
    "tomorrow", "next", "upcoming", "due", "would", "wo", "could", "might", "hopes"};
constexpr std::array<std::string_view, 14> past_cues{
    "was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "said", "told", "been", "came", "went", "began"};
constexpr std::array<std::string_view, 6> present_cues{"is", "are", "am", "has", "have", "does"};

template <std::size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

Tense tense_of_word(std::string_view w) {
  if (in(w, future_cues)) return Tense::Future;
  if (in(w, past_cues)) return Tense::Past;
  if (in(w, present_cues)) return Tense::Present;
  // Regular past forms: "ended", "agreed", "met" is not caught, "need"/"speed" are not verbs in -ed.
  if (w.size() > 4 && w.ends_with("ed") && w != "need" && w != "speed" && w != "indeed" && w != "proceed" &&
      w != "succeed" && w != "exceed")
    return Tense::Past;
  return Tense::Unknown;
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  // "Wednesday's ruling": a possessive day names something that has happened.
  if (end + 1 < text.size() && (text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S'))) return Tense::Past;
  if (text.substr(end, 4) == "\xE2\x80\x99s") return Tense::Past;
  constexpr int max_words = 10;
  // Words to the left, nearest first.
  std::size_t i = begin;
  std::array<Tense, max_words> left{}, right{};
  int nl = 0, nr = 0;
  while (i > 0 && nl < max_words) {
    std::size_t e = i;
    while (e > 0 && !is_letter(text[e - 1])) {
      if (ends_sentence(text, e - 1)) { i = 0; break; }
      --e;
    }
    if (i == 0) break;
    std::size_t b = e;
    while (b > 0 && is_letter(text[b - 1])) --b;
    if (b == e) break;
    std::string w = lowercase(text.substr(b, e - b));
    if (w.ends_with("n't")) w.resize(w.size() - 3);
    left[nl++] = tense_of_word(w);
    i = b;
  }
  i = end;
  while (i < text.size() && nr < max_words) {
    std::size_t b = i;
    bool stop = false;
    while (b < text.size() && !is_letter(text[b])) {
      if (ends_sentence(text, b)) { stop = true; break; }
      ++b;
    }
    if (stop || b >= text.size()) break;
    std::size_t e = b;
    while (e < text.size() && is_letter(text[e])) ++e;
    std::string w = lowercase(text.substr(b, e - b));
    if (w.ends_with("n't")) w.resize(w.size() - 3);
    right[nr++] = tense_of_word(w);
    i = e;
  }
  // The nearest cue wins; on the left a cue weighs a little more (auxiliaries precede).
  for (int k = 0; k < max_words; ++k) {
    if (k < nl && left[k] != Tense::Unknown) return left[k];
    if (k < nr && right[k] != Tense::Unknown) return right[k];
  }
  return Tense::Unknown;
}

}  // namespace parley::engine
