#pragma once
// Reading the words around a match in the original text, as the acceptance checks do: the word
// before or after a position, its case, and a few shapes (month names, titles in quotes).
// Case-insensitive comparisons take the other side in lower case.
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace parley::engine::words {

inline bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Whether `word` equals `lowercase` ignoring the case of `word`.
bool equals_word(std::string_view word, std::string_view lowercase);
// The word before `pos` (letters only), or empty.
std::string_view previous_word(std::string_view text, std::size_t pos);
// The word after `pos` (letters only), or empty.
std::string_view next_word(std::string_view text, std::size_t pos);
// The whitespace-separated token before `pos`, punctuation included.
std::string_view previous_token(std::string_view text, std::size_t pos);
// Whether the next word starts with an upper-case letter ("The Sunday Times").
bool starts_capitalized_word(std::string_view text, std::size_t pos);
// A capitalized month name or its abbreviation ("April", "Nov.", "Sept").
bool is_month_name(std::string_view word);
// "'s" or "’s" right after `pos`.
bool possessive_after(std::string_view text, std::size_t pos);
// Whether [begin, end) is a title set off by quotation marks: an opening mark right before it,
// every word capitalized, and a closing mark (or a capitalized word going on with the title)
// right after it.
bool is_title_in_quotes(std::string_view text, std::size_t begin, std::size_t end);

template <typename List>
bool one_of_list(std::string_view word, const List& list) {
  for (auto w : list)
    if (equals_word(word, w)) return true;
  return false;
}
inline bool one_of(std::string_view word, std::initializer_list<std::string_view> list) { return one_of_list(word, list); }

}  // namespace parley::engine::words
