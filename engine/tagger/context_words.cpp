// The word readers the acceptance checks use; see context_words.hpp.
#include "engine/tagger/context_words.hpp"

namespace parley::engine::words {
namespace {
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

bool equals_word(std::string_view word, std::string_view lowercase) {
  if (word.size() != lowercase.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(word[i]) != lowercase[i]) return false;
  return true;
}

// The word before `pos` (letters only), or empty.
std::string_view previous_word(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  std::size_t b = e;
  while (b > 0 && is_alpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return text.substr(b, e - b);
}

std::string_view next_word(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n')) ++b;
  std::size_t e = b;
  while (e < text.size() && is_alpha(static_cast<unsigned char>(text[e]))) ++e;
  return text.substr(b, e - b);
}

// The whitespace-separated token before `pos`, without trailing punctuation.
std::string_view previous_token(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  std::size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t' && text[b - 1] != '\n') --b;
  return text.substr(b, e - b);
}

// Whether the next word starts with an upper-case letter ("The Sunday Times").
bool starts_capitalized_word(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
  return b > pos && b < text.size() && is_upper(static_cast<unsigned char>(text[b]));
}

// A capitalized month name or its abbreviation ("April", "Nov.", "Sept").
bool is_month_name(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || !is_upper(static_cast<unsigned char>(word[0]))) return false;
  static constexpr std::string_view months[] = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"};
  for (std::string_view m : months)
    if (word.size() <= m.size() && equals_word(word, m.substr(0, word.size()))) return true;
  return false;
}

// "'s" or "’s" right after `pos`.
bool possessive_after(std::string_view text, std::size_t pos) {
  return text.substr(pos, 2) == "'s" || text.substr(pos, 4) == "\xE2\x80\x99s";
}

// Whether [begin, end) is a title set off by quotation marks: an opening mark right before it,
// every word capitalized, and a closing mark (or a capitalized word going on with the title)
// right after it.
bool is_title_in_quotes(std::string_view text, std::size_t begin, std::size_t end) {
  const bool opened = (begin >= 1 && (text[begin - 1] == '"' || text[begin - 1] == '`')) ||
                      (begin >= 2 && text.substr(begin - 2, 2) == "''") ||
                      (begin >= 3 && text.substr(begin - 3, 3) == "\xE2\x80\x9C");
  if (!opened) return false;
  int words = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (i != begin && text[i - 1] != ' ') continue;
    if (!is_upper(static_cast<unsigned char>(text[i])) && !is_digit(static_cast<unsigned char>(text[i]))) return false;
    ++words;
  }
  if (words < 2) return false;
  std::size_t k = end;
  while (k < text.size() && (text[k] == ',' || text[k] == '.')) ++k;
  if (k < text.size() && (text[k] == '"' || text[k] == '\'' || text.substr(k, 3) == "\xE2\x80\x9D")) return true;
  return starts_capitalized_word(text, end);
}

}  // namespace parley::engine::words
