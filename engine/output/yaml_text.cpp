#include "engine/output/yaml_text.hpp"

#include <cmath>
#include <cstdio>
#include <initializer_list>

#include <fmt/format.h>

#include "engine/output/short_escapes.hpp"

namespace parley::output {
namespace {

// Reading s[i] past the end gives 0, which no rule below mistakes for a character it names.
unsigned char at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

bool is_blank(unsigned char c) { return c == ' ' || c == '\t'; }

// A line break starts at s[i]: "\n" or "\r\n" (a lone "\r" is none to yaml-cpp 0.7's emitter).
bool is_break(std::string_view s, std::size_t i) {
  return at(s, i) == '\n' || (at(s, i) == '\r' && at(s, i + 1) == '\n');
}

bool is_blank_or_break(std::string_view s, std::size_t i) { return is_blank(at(s, i)) || is_break(s, i); }

bool is_one_of(unsigned char c, std::string_view set) { return c != 0 && set.find(static_cast<char>(c)) != set.npos; }

// Characters YAML does not allow in a plain scalar: C0 controls but tab and line breaks, DEL,
// the C1 controls but NEL (U+0085), and a byte order mark.
bool is_unprintable_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const unsigned char c = at(s, i);
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c == 0x7F) return true;
  if (c == 0xC2) {
    const unsigned char next = at(s, i + 1);
    return next >= 0x80 && next <= 0x9F && next != 0x85;
  }
  return c == 0xEF && at(s, i + 1) == 0xBB && at(s, i + 2) == 0xBF;
}

// yaml-cpp reads these back as null, so it quotes them.
bool is_null_word(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Whether the first character lets the scalar be plain: not an indicator, and not "-", "?" or
// ":" followed by a blank, a line break or the end (in flow, "?" is an indicator anywhere).
bool plain_may_start(std::string_view s, YamlContext context) {
  const unsigned char c = at(s, 0);
  if (is_blank_or_break(s, 0)) return false;
  if (context == YamlContext::Block) {
    if (is_one_of(c, ",[]{}#&*!|>'\"%@`")) return false;
    return !(is_one_of(c, "-?:") && (s.size() == 1 || is_blank_or_break(s, 1)));
  }
  if (is_one_of(c, "?,[]{}#&*!|>'\"%@`")) return false;
  return !(is_one_of(c, "-:") && (s.size() == 1 || is_blank(at(s, 1))));
}

// Whether the text from s[i] on stops a plain scalar there: ": " (or ":" at the end), " #",
// a tab or a line break, an unprintable character, and in flow the flow indicators.
bool plain_stops_at(std::string_view s, std::size_t i, YamlContext context) {
  const unsigned char c = at(s, i);
  if (c == '\t' || is_break(s, i) || is_unprintable_at(s, i)) return true;
  if (c == ':') {
    if (i + 1 == s.size() || is_blank_or_break(s, i + 1)) return true;
    if (context == YamlContext::Flow && is_one_of(at(s, i + 1), ",]}")) return true;
  }
  if (is_blank_or_break(s, i) && at(s, i + 1) == '#') return true;
  return context == YamlContext::Flow && is_one_of(c, ",?[]{}");
}

bool is_word_of(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (s == w) return true;
  return false;
}

}  // namespace

// A superset of YAML 1.1's int, float and timestamp forms and YAML 1.2's core schema numbers:
// after an optional sign, a digit or a dot, then only what those forms are made of (digits, "_",
// ".", ":", signs, exponents, the letters of 0x/0o/0b and hex digits, the T, Z and blanks of a
// timestamp). "1988", "2021-05-19", "350", "1:20", "0o17", "1e5", "1987-06-19T00:00:00Z".
bool looks_like_yaml_number_or_date(std::string_view s) {
  std::size_t i = 0;
  if (at(s, 0) == '+' || at(s, 0) == '-') i = 1;
  const unsigned char first = at(s, i);
  if (!(first >= '0' && first <= '9') && first != '.') return false;
  if (first == '.' && !(at(s, i + 1) >= '0' && at(s, i + 1) <= '9')) return false;
  for (; i < s.size(); ++i)
    if (!is_one_of(at(s, i), "0123456789_.:+-eExXoObBaAcCdDfFtTzZ \t")) return false;
  return true;
}

bool yaml_loader_retypes(std::string_view s) {
  if (s.empty()) return true;  // null
  return looks_like_yaml_number_or_date(s) ||
         is_word_of(s, {"~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
                        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
                        ".NaN", ".NAN", "<<", "="});
}

namespace {

bool can_be_plain(std::string_view s, YamlContext context) {
  if (is_null_word(s) || !plain_may_start(s, context) || s.back() == ' ') return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (plain_stops_at(s, i, context)) return false;
  return true;
}

constexpr char32_t replacement = 0xFFFD;

// The next code point as yaml-cpp decodes it: the lead byte alone says the length (so overlong
// forms decode to the character they spell), a byte that cannot lead or a missing continuation
// byte gives U+FFFD, and so do surrogates, noncharacters and values past U+10FFFF.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const unsigned char lead = at(s, i++);
  if (lead < 0x80) return lead;
  int length;
  switch (lead >> 4) {
    case 12: case 13: length = 2; break;
    case 14: length = 3; break;
    case 15: length = 4; break;
    default: return replacement;
  }
  char32_t cp = lead & (0x7F >> length);
  for (int k = 1; k < length; ++k, ++i) {
    if (i == s.size() || (at(s, i) & 0xC0) != 0x80) return replacement;
    cp = (cp << 6) | (at(s, i) & 0x3F);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF))
    return replacement;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// One character inside double quotes: the short escapes, "\xNN" for C0 and C1 controls and
// no-break space, "\ufeff" for a byte order mark, the character itself otherwise.
void append_quoted_char(std::string& out, char32_t cp) {
  if (const std::string_view e = short_escape(cp); !e.empty())
    out += e;
  else if (cp < 0x20 || (cp >= 0x80 && cp <= 0xA0))
    fmt::format_to(std::back_inserter(out), "\\x{:02x}", static_cast<unsigned>(cp));
  else if (cp == 0xFEFF)
    out += "\\ufeff";
  else
    append_utf8(out, cp);
}

void append_double_quoted(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // copy a run of printable ASCII in one go
    std::size_t j = i;
    while (j < s.size() && at(s, j) >= 0x20 && at(s, j) < 0x80 && s[j] != '"' && s[j] != '\\') ++j;
    out.append(s.data() + i, j - i);
    i = j;
    if (i < s.size()) append_quoted_char(out, next_code_point(s, i));
  }
  out.push_back('"');
}

}  // namespace

void append_yaml_scalar(std::string& out, std::string_view s, YamlContext context) {
  if (can_be_plain(s, context) && !yaml_loader_retypes(s))
    out += s;
  else
    append_double_quoted(out, s);
}

YamlText& YamlText::begin_document() {
  out_ += "---";
  new_line();
  return *this;
}

void YamlText::new_line() {
  out_.push_back('\n');
  line_start_ = out_.size();
}

void YamlText::indent_to(std::size_t column) {
  const std::size_t at = out_.size() - line_start_;
  if (at < column) out_.append(column - at, ' ');
}

YamlContext YamlText::scalar_context() const {
  return !groups_.empty() && groups_.back().layout == flow ? YamlContext::Flow : YamlContext::Block;
}

// Block entries sit at twice their collection's depth; the first key of a map in a sequence
// shares the dash's line, a sequence in a sequence starts on the next.
void YamlText::before_block_node(Group& g, Node node) {
  const std::size_t indent = 2 * (groups_.size() - 1);
  const bool is_value = g.is_map && g.nodes % 2 == 1;
  const bool first = g.nodes++ == 0;
  if (is_value) {
    out_.push_back(':');
    if (node == Node::Scalar || node == Node::FlowCollection) {
      out_.push_back(' ');
      indent_to(indent + 2);
    } else {
      new_line();
    }
    return;
  }
  if (!first) new_line();
  indent_to(indent);
  if (g.is_map) return;  // a key
  out_.push_back('-');
  if (node == Node::Scalar || node == Node::FlowCollection) indent_to(indent + 2);
  else if (node == Node::BlockSeq) new_line();
}

// Flow entries: the bracket is written with the first entry (or when the collection closes
// empty), and everything is padded to the depth of the enclosing collection.
void YamlText::before_flow_node(Group& g) {
  const std::size_t indent = groups_.size() >= 2 ? 2 * (groups_.size() - 2) : 0;
  const bool is_value = g.is_map && g.nodes % 2 == 1;
  const bool first = g.nodes++ == 0;
  indent_to(indent);
  if (is_value) out_.push_back(':');
  else if (first) out_.push_back(g.is_map ? '{' : '[');
  else out_.push_back(',');
  if (!first) out_.push_back(' ');
  indent_to(indent);
}

void YamlText::before_node(Node node) {
  if (groups_.empty()) return;  // the document's root, where the output stands
  Group& g = groups_.back();
  if (g.layout == flow) before_flow_node(g);
  else before_block_node(g, node);
}

YamlText& YamlText::open(Layout layout, bool is_map) {
  if (!groups_.empty() && groups_.back().layout == flow) layout = flow;
  before_node(layout == flow ? Node::FlowCollection : is_map ? Node::BlockMap : Node::BlockSeq);
  groups_.push_back({layout, is_map});
  return *this;
}

// A flow collection closes with its bracket; an empty block one is written as an empty flow
// one, where its first entry would have gone.
YamlText& YamlText::close() {
  const Group g = groups_.back();
  if (g.layout == flow || g.nodes == 0) {
    indent_to(2 * (groups_.size() - 1));
    if (g.nodes == 0) out_.push_back(g.is_map ? '{' : '[');
    out_.push_back(g.is_map ? '}' : ']');
  }
  groups_.pop_back();
  return *this;
}

YamlText& YamlText::value(std::string_view v) {
  before_node(Node::Scalar);
  append_yaml_scalar(out_, v, scalar_context());
  return *this;
}

YamlText& YamlText::value(std::uint64_t v) {
  before_node(Node::Scalar);
  fmt::format_to(std::back_inserter(out_), "{}", v);
  return *this;
}

YamlText& YamlText::value(std::int64_t v) {
  before_node(Node::Scalar);
  fmt::format_to(std::back_inserter(out_), "{}", v);
  return *this;
}

YamlText& YamlText::value(double v) {
  before_node(Node::Scalar);
  if (std::isnan(v)) {
    out_ += ".nan";
  } else if (std::isinf(v)) {
    out_ += v < 0 ? "-.inf" : ".inf";
  } else {
    // printf's %g is what an iostream's default float format calls
    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%.*g", double_precision_, v);
    out_.append(buffer, static_cast<std::size_t>(n));
  }
  return *this;
}

YamlText& YamlText::flag(bool v) {
  before_node(Node::Scalar);
  out_ += v ? "true" : "false";
  return *this;
}

YamlText& YamlText::null() {
  before_node(Node::Scalar);
  out_.push_back('~');
  return *this;
}

}  // namespace parley::output
