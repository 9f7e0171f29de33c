#include "engine/input/xml_scan.hpp"

#include <cctype>
#include <charconv>

namespace parley::xml {
namespace {

bool starts_with(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

// A token delimited by `open` ... `close`, or nullopt when `close` never comes.
std::optional<Token> delimited(std::string_view s, std::size_t at, std::string_view open, std::string_view close,
                               Token::Kind kind) {
  if (!starts_with(s, at, open)) return std::nullopt;
  const auto end = s.find(close, at + open.size());
  if (end == std::string_view::npos) return std::nullopt;
  return Token{kind, at, s.substr(at, end + close.size() - at)};
}

// Python's \w on str also matches non-ASCII letters; any byte of a multi-byte character counts.
bool is_name_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '_' || c == ':' || c == '.' || c == '-';
}
bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

std::optional<std::string> decode_numeric(std::string_view digits, int base) {
  std::uint32_t cp = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, base);
  if (ec != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  // NUL, surrogates and values beyond Unicode are not characters: keep the reference as text.
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return std::nullopt;
  std::string out;
  append_utf8(out, cp);
  return out;
}

std::optional<std::string> decode_named(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  return std::nullopt;
}

}  // namespace

std::optional<Token> next_token(std::string_view s, std::size_t at) {
  while (at < s.size()) {
    if (s[at] != '<') {
      const auto end = std::min(s.find('<', at), s.size());
      return Token{Token::Kind::Text, at, s.substr(at, end - at)};
    }
    if (auto t = delimited(s, at, "<!--", "-->", Token::Kind::Comment)) return t;
    if (auto t = delimited(s, at, "<![CDATA[", "]]>", Token::Kind::CData)) return t;
    if (auto t = delimited(s, at, "<?", "?>", Token::Kind::Instruction)) return t;
    if (auto t = delimited(s, at, "<", ">", Token::Kind::Tag)) return t;
    ++at;  // a '<' with no '>' after it: the Python scanner matches nothing here and moves on
  }
  return std::nullopt;
}

std::optional<TagInfo> tag_info(std::string_view tag) {
  if (starts_with(tag, 0, "<!") || starts_with(tag, 0, "<?")) return std::nullopt;
  std::size_t i = skip_spaces(tag, 1);
  TagInfo info;
  if (i < tag.size() && tag[i] == '/') {
    info.closing = true;
    i = skip_spaces(tag, i + 1);
  }
  if (i >= tag.size() || !is_name_start(tag[i])) return std::nullopt;
  const std::size_t name_begin = i;
  while (i < tag.size() && is_name_char(tag[i])) ++i;
  info.name = tag.substr(name_begin, i - name_begin);
  info.self_closing = tag.size() >= 2 && tag.substr(tag.size() - 2) == "/>";
  return info;
}

std::optional<std::string> attribute(std::string_view tag, std::string_view name) {
  // Like ATTR_RE.finditer: look for `name = "value"` (or single quotes) anywhere in the tag.
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if (!is_name_start(tag[i]) || (i > 0 && is_name_char(tag[i - 1]))) continue;
    std::size_t j = i;
    while (j < tag.size() && is_name_char(tag[j])) ++j;
    const auto found = tag.substr(i, j - i);
    j = skip_spaces(tag, j);
    if (j >= tag.size() || tag[j] != '=') continue;
    j = skip_spaces(tag, j + 1);
    if (j >= tag.size() || (tag[j] != '"' && tag[j] != '\'')) continue;
    const auto close = tag.find(tag[j], j + 1);
    if (close == std::string_view::npos) continue;
    if (found == name) return decode_entities(tag.substr(j + 1, close - j - 1));
    i = close;
  }
  return std::nullopt;
}

std::optional<Entity> entity_at(std::string_view text) {
  if (text.empty() || text[0] != '&') return std::nullopt;
  const auto semicolon = text.find(';', 1);
  if (semicolon == std::string_view::npos || semicolon == 1) return std::nullopt;
  const auto body = text.substr(1, semicolon - 1);
  std::optional<std::string> decoded;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const auto digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return std::nullopt;
    for (const char c : digits)
      if (hex ? !std::isxdigit(static_cast<unsigned char>(c)) : !std::isdigit(static_cast<unsigned char>(c)))
        return std::nullopt;
    decoded = decode_numeric(digits, hex ? 16 : 10);
  } else {
    if (!std::isalpha(static_cast<unsigned char>(body[0]))) return std::nullopt;
    for (const char c : body)
      if (!std::isalnum(static_cast<unsigned char>(c))) return std::nullopt;
    decoded = decode_named(body);
  }
  if (!decoded) return std::nullopt;
  return Entity{semicolon + 1, std::move(*decoded)};
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (auto e = entity_at(text.substr(i))) {
      out += e->decoded;
      i += e->length;
    } else {
      out += text[i++];
    }
  }
  return out;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

}  // namespace parley::xml
