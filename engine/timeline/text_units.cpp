// Tokenizer and sentence splitter for news text. Byte-level and allocation-light: one pass over
// the text fills a reused vector of tokens, a second pass groups them into sentences.
#include "engine/timeline/text_units.hpp"

#include <algorithm>
#include <array>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
namespace {

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// UTF-8 punctuation that matters here, all three bytes long and starting with E2 80.
enum class Wide : std::uint8_t { None, LeftDouble, RightDouble, LeftSingle, RightSingle, Dash, Ellipsis, Other };

Wide wide_punct(std::string_view t, std::size_t i) {
  if (i + 2 >= t.size() || static_cast<unsigned char>(t[i]) != 0xE2 || static_cast<unsigned char>(t[i + 1]) != 0x80)
    return Wide::None;
  switch (static_cast<unsigned char>(t[i + 2])) {
    case 0x9C: return Wide::LeftDouble;
    case 0x9D: return Wide::RightDouble;
    case 0x98: return Wide::LeftSingle;
    case 0x99: return Wide::RightSingle;
    case 0x93: case 0x94: case 0x95: return Wide::Dash;
    case 0xA6: return Wide::Ellipsis;
    default: return Wide::Other;
  }
}

// A letter for word purposes: ASCII letters and any non-ASCII code point that is not E2 80 xx
// punctuation (accented names: "Zarif", "Ahmadinejad", "Grüber").
bool starts_letter(std::string_view t, std::size_t i) {
  auto c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return is_ascii_letter(c);
  return c >= 0xC0 && wide_punct(t, i) == Wide::None;
}

std::size_t utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Scans a word from `i`: letters, digits and inner joiners ('.', '-', apostrophes, '&') that are
// followed by a letter or digit. Returns the end byte.
std::size_t scan_word(std::string_view t, std::size_t i) {
  std::size_t n = t.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c >= 0x80) {
      Wide w = wide_punct(t, i);
      if (w == Wide::RightSingle && i + 3 < n && starts_letter(t, i + 3)) { i += 3; continue; }  // Agency’s
      if (w != Wide::None) break;
      i += utf8_length(c);
      continue;
    }
    if (is_ascii_letter(c) || is_digit(c)) { ++i; continue; }
    bool joiner = c == '-' || c == '\'' || c == '&' || c == '.' || c == ',' || c == '/';
    if (joiner && i + 1 < n) {
      auto next = static_cast<unsigned char>(t[i + 1]);
      bool digit_join = (c == ',' || c == '.' || c == '/') && i > 0 && is_digit(static_cast<unsigned char>(t[i - 1])) && is_digit(next);
      bool letter_join = (c == '-' || c == '\'' || c == '&' || c == '.') && (is_ascii_letter(next) || is_digit(next) || next >= 0xC0);
      if (c == '\'' && next == '\'') break;  // TimeML closing quote ''
      if (digit_join || letter_join) { ++i; continue; }
    }
    break;
  }
  return i;
}

// "U.S", "a.m", "e.g": single letters joined by periods; the final period belongs to the word.
bool is_initialism(std::string_view w) {
  if (w.size() < 3) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    bool letter_pos = i % 2 == 0;
    if (letter_pos ? !is_ascii_letter(static_cast<unsigned char>(w[i])) : w[i] != '.') return false;
  }
  return true;
}

void push(TextUnits& u, std::size_t b, std::size_t e, TokenKind k) {
  Token tok;
  tok.begin = b;
  tok.end = e;
  tok.kind = k;
  if (k == TokenKind::Word) {
    auto c = static_cast<unsigned char>(u.text[b]);
    tok.capitalized = c >= 'A' && c <= 'Z';
    bool caps = tok.capitalized;
    for (std::size_t i = b; i < e && caps; ++i) {
      auto d = static_cast<unsigned char>(u.text[i]);
      if (d >= 'a' && d <= 'z') caps = false;
    }
    tok.all_caps = caps && e - b > 1;
  }
  u.tokens.push_back(tok);
}

void tokenize(TextUnits& u) {
  std::string_view t = u.text;
  std::size_t i = 0, n = t.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(t[i]);
    if (is_space(c)) { ++i; continue; }
    Wide w = wide_punct(t, i);
    if (w != Wide::None) {
      TokenKind k = TokenKind::Punct;
      if (w == Wide::LeftDouble || w == Wide::LeftSingle) k = TokenKind::OpenQuote;
      else if (w == Wide::RightDouble || w == Wide::RightSingle) k = TokenKind::CloseQuote;
      else if (w == Wide::Dash) k = TokenKind::Dash;
      push(u, i, i + 3, k);
      i += 3;
      continue;
    }
    if (starts_letter(t, i) || is_digit(c)) {
      std::size_t e = scan_word(t, i);
      std::string_view w0 = t.substr(i, e - i);
      bool period_follows = e < n && t[e] == '.';
      bool abbrev = period_follows && (is_initialism(w0) || is_abbreviation(w0));
      if (abbrev) ++e;
      bool numeric = is_digit(c);
      push(u, i, e, numeric ? TokenKind::Number : TokenKind::Word);
      u.tokens.back().abbreviation = abbrev;
      i = e;
      continue;
    }
    if (c == '`' && i + 1 < n && t[i + 1] == '`') { push(u, i, i + 2, TokenKind::OpenQuote); i += 2; continue; }
    if (c == '\'' && i + 1 < n && t[i + 1] == '\'') { push(u, i, i + 2, TokenKind::CloseQuote); i += 2; continue; }
    if (c == '"') {
      bool opens = i == 0 || is_space(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '(' || t[i - 1] == '[';
      push(u, i, i + 1, opens ? TokenKind::OpenQuote : TokenKind::CloseQuote);
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < n && t[i + 1] == '-') { push(u, i, i + 2, TokenKind::Dash); i += 2; continue; }
    if ((c == '-' || c == '_') && (i == 0 || is_space(static_cast<unsigned char>(t[i - 1])))) {
      push(u, i, i + 1, TokenKind::Dash);
      ++i;
      continue;
    }
    push(u, i, i + utf8_length(c), TokenKind::Punct);
    i += utf8_length(c);
  }
}

bool paragraph_break_between(std::string_view t, std::size_t from, std::size_t to) {
  int newlines = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (t[i] == '\n') { if (++newlines == 2) return true; }
    else if (!is_space(static_cast<unsigned char>(t[i]))) newlines = 0;
  }
  return false;
}

// Whether the text's lines are paragraphs (web pages, TimeML) rather than wrapped at a fixed
// width (wire copy, about 70 characters a line, mid-sentence). In a text of paragraph lines every
// line break ends a sentence: a caption or a heading without a stop is not the next sentence's
// subject. Measured on the lines long enough to have been wrapped: wire copy has no line over
// 90 bytes, paragraph text has few under.
bool lines_are_paragraphs(std::string_view t) {
  std::size_t long_lines = 0, short_lines = 0;
  for (std::size_t from = 0; from < t.size();) {
    std::size_t nl = t.find('\n', from);
    if (nl == std::string_view::npos) nl = t.size();
    const std::size_t len = nl - from;
    if (len >= 40) ++(len > 90 ? long_lines : short_lines);
    from = nl + 1;
  }
  return long_lines > short_lines;
}

bool line_break_between(std::string_view t, std::size_t from, std::size_t to) {
  return t.substr(from, to - from).find('\n') != std::string_view::npos;
}

// A line break followed by an indent: how wire copy opens a paragraph ("\n    Ambassador ...").
bool indented_line_between(std::string_view t, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i + 2 < to; ++i)
    if (t[i] == '\n' && (t[i + 1] == '\t' || (t[i + 1] == ' ' && t[i + 2] == ' '))) return true;
  return false;
}

bool is_terminal(std::string_view w) { return w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6"; }

// Marks tokens inside double quotes. A quote left open at a paragraph break (a blank line, or an
// indented new line as in wire copy) is closed there: a mistyped close (`"advanced' proposals`)
// must not turn the rest of the story into a quote.
void mark_quotes(TextUnits& u) {
  bool open = false;
  for (std::size_t i = 0; i < u.tokens.size(); ++i) {
    Token& tok = u.tokens[i];
    if (i > 0 && open && (paragraph_break_between(u.text, u.tokens[i - 1].end, tok.begin) ||
                          indented_line_between(u.text, u.tokens[i - 1].end, tok.begin)))
      open = false;
    if (tok.kind == TokenKind::OpenQuote) {
      // A single opening curly quote is usually an apostrophe-less quote only when a matching close
      // follows; single quotes do not change the quoted state (they nest or are apostrophes).
      if (u.word(i) != "\xE2\x80\x98") open = true;
      continue;
    }
    if (tok.kind == TokenKind::CloseQuote) {
      if (u.word(i) != "\xE2\x80\x99") open = false;
      continue;
    }
    tok.in_quote = open;
  }
}

// "VIENNA (Reuters) -", "NAIROBI, Kenya (AP) _": a place in capitals, an optional region and agency,
// then a dash. Returns the token after the dash, or 0 when the text has no dateline.
std::size_t dateline_end(const TextUnits& u) {
  const auto& tk = u.tokens;
  if (tk.empty() || !tk[0].all_caps) return 0;
  std::size_t limit = std::min<std::size_t>(tk.size(), 16);
  for (std::size_t i = 1; i < limit; ++i) {
    if (tk[i].kind == TokenKind::Dash) return i + 1;
    std::string_view w = u.word(i);
    if (w == "." || w == "!" || w == "?") return 0;
  }
  return 0;
}

// A headline on the text's first line, with no full stop, then the body on the next line ("UN
// envoy says all not lost after inconclusive peace talks\nThe fifth round ... concluded"): the
// index of the body's first token, or 0. Wire copy sets a blank line after its headline (a
// paragraph break), and its body lines wrap mid-sentence, so only a line of a few words that
// does not stop on a word that needs more ("in", "the", "and", a comma) counts as a headline.
std::size_t headline_end(const TextUnits& u) {
  const auto& tk = u.tokens;
  std::size_t j = 1;
  while (j < tk.size() && j < 40 && u.text.substr(tk[j - 1].end, tk[j].begin - tk[j - 1].end).find('\n') ==
                                        std::string_view::npos)
    ++j;
  if (j < 4 || j >= tk.size() || j >= 40) return 0;
  const Token& last = tk[j - 1];
  const std::string_view w = u.word(j - 1);
  if (last.kind != TokenKind::Word && last.kind != TokenKind::Number && last.kind != TokenKind::CloseQuote) return 0;
  if (is_preposition(w) || is_determiner(w) || iequals(w, "and") || iequals(w, "or") || iequals(w, "but")) return 0;
  const Token& next = tk[j];
  if (!next.capitalized && next.kind != TokenKind::OpenQuote) return 0;
  // a dateline opens a body, not a headline ("LONDON, March 3 - ...")
  for (std::size_t i = 0; i < j; ++i)
    if (tk[i].kind == TokenKind::Dash) return 0;
  return j;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x >= 'A' && x <= 'Z') x |= 0x20;
    if (y >= 'A' && y <= 'Z') y |= 0x20;
    if (x != y) return false;
  }
  return true;
}

std::string_view TextUnits::span(std::size_t first_token, std::size_t last_token) const {
  return text.substr(tokens[first_token].begin, tokens[last_token].end - tokens[first_token].begin);
}

void segment(std::string_view text, TextUnits& out) {
  out.text = text;
  out.tokens.clear();
  out.sentences.clear();
  tokenize(out);
  mark_quotes(out);
  const auto& tk = out.tokens;
  if (tk.empty()) return;

  constexpr std::size_t max_sentence_tokens = 200;  // the longest TBAQ sentence has about 150
  auto close = [&](std::size_t first, std::size_t last, bool dateline) {
    if (first >= last) return;
    Sentence s;
    s.first = first;
    s.last = last;
    s.begin = tk[first].begin;
    s.end = tk[last - 1].end;
    s.dateline = dateline;
    out.sentences.push_back(s);
  };

  std::size_t start = 0;
  if (std::size_t d = dateline_end(out)) {
    close(0, d, true);
    start = d;
  } else if (std::size_t h = headline_end(out)) {
    close(0, h, false);
    start = h;
  }
  const bool paragraph_lines = lines_are_paragraphs(text);
  auto breaks_paragraph = [&](std::size_t from, std::size_t to) {
    return paragraph_break_between(text, from, to) || (paragraph_lines && line_break_between(text, from, to));
  };
  for (std::size_t i = start; i < tk.size(); ++i) {
    if (i > start && breaks_paragraph(tk[i - 1].end, tk[i].begin)) {
      close(start, i, false);
      start = i;
    }
    // A "sentence" longer than any news sentence (text without full stops, a list run together)
    // is cut at its next comma or semicolon, or hard at twice the length: every rule walks
    // inside a sentence, and one of 100,000 words would make them quadratic.
    if (i - start >= max_sentence_tokens &&
        ((tk[i].kind == TokenKind::Punct && (out.word(i) == "," || out.word(i) == ";")) ||
         i - start >= 2 * max_sentence_tokens)) {
      close(start, i + 1, false);
      start = i + 1;
      continue;
    }
    std::string_view w = out.word(i);
    bool terminal = tk[i].kind == TokenKind::Punct && is_terminal(w);
    bool abbrev_end = tk[i].abbreviation && !is_title_abbreviation(w);
    if (!terminal && !abbrev_end) continue;
    std::size_t j = i + 1;
    while (j < tk.size() && (tk[j].kind == TokenKind::CloseQuote || out.word(j) == ")")) ++j;
    if (j >= tk.size()) break;
    if (breaks_paragraph(tk[j - 1].end, tk[j].begin)) continue;  // handled above
    const Token& next = tk[j];
    bool next_starts = next.capitalized || next.kind == TokenKind::OpenQuote || next.kind == TokenKind::Number;
    if (!next_starts) continue;
    // After an abbreviation only a word that typically opens a sentence ends it ("in the U.S. The").
    if (abbrev_end && !terminal && !is_sentence_opener(out.word(j))) continue;
    // Inside a quote that closes later in the paragraph, keep the quoted sentences together so a
    // statement keeps its whole quote: “We agreed. We will meet again,” he said.
    if (tk[i].in_quote && tk[j - 1].kind != TokenKind::CloseQuote && tk[j].kind != TokenKind::OpenQuote) {
      bool closes_later = false;
      for (std::size_t k = j; k < tk.size() && k < j + 120; ++k) {
        if (k > j && breaks_paragraph(tk[k - 1].end, tk[k].begin)) break;
        if (tk[k].kind == TokenKind::CloseQuote) {
          // the quote closes, then an attribution ("he said") follows in the same sentence
          std::size_t a = k + 1;
          if (a < tk.size() && out.word(a) == ",") ++a;
          closes_later = a < tk.size() && (out.word(a) == "," || !tk[a].capitalized || is_reporting_verb(out.word(a)) ||
                                            (a + 1 < tk.size() && is_reporting_verb(out.word(a + 1))));
          break;
        }
      }
      if (closes_later) continue;
    }
    close(start, j, false);
    start = j;
    i = j - 1;
  }
  close(start, tk.size(), false);
}

}  // namespace parley::timeline
