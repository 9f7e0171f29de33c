#pragma once
// Sentences and tokens of news text: abbreviations (U.S., Mr., a.m.) do not end sentences, quotes
// that span sentences stay in one unit, curly, straight and TimeML (`` '') quotes are all quotes,
// and a dateline ("VIENNA (Reuters) -") is a unit of its own, not the subject of the first sentence.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace parley::timeline {

enum class TokenKind : std::uint8_t { Word, Number, Punct, OpenQuote, CloseQuote, Dash };

struct Token {
  std::size_t begin = 0, end = 0;  // bytes
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;        // first letter upper case
  bool all_caps = false;
  bool abbreviation = false;       // "U.S.", "Mr.", "a.m.": the period belongs to the word
  bool in_quote = false;           // inside quotation marks
};

struct Sentence {
  std::size_t first = 0, last = 0;  // token range, end exclusive
  std::size_t begin = 0, end = 0;   // bytes
  bool dateline = false;
};

struct TextUnits {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view word(std::size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string_view span(std::size_t first_token, std::size_t last_token) const;  // inclusive
};

// Splits `text` (valid UTF-8) into tokens and sentences. Reuses `out`'s storage.
void segment(std::string_view text, TextUnits& out);

// Case-insensitive ASCII comparison (lexicon look-ups).
bool iequals(std::string_view a, std::string_view b);

}  // namespace parley::timeline
