#include "engine/output/json_text.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "engine/output/short_escapes.hpp"

namespace parley::output {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed UTF-8 sequence at s[i] (Unicode Table 3-7), or 0 with `bad`
// set to the index where it stops being well formed (the byte to read again, or s.size()).
std::size_t sequence_length(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b >= 0xC2 && b <= 0xDF) n = 2;
  else if (b == 0xE0) { n = 3; lo = 0xA0; }
  else if (b >= 0xE1 && b <= 0xEC) n = 3;
  else if (b == 0xED) { n = 3; hi = 0x9F; }
  else if (b >= 0xEE && b <= 0xEF) n = 3;
  else if (b == 0xF0) { n = 4; lo = 0x90; }
  else if (b >= 0xF1 && b <= 0xF3) n = 4;
  else if (b == 0xF4) { n = 4; hi = 0x8F; }
  else { bad = i + 1; return 0; }  // a continuation byte or a byte UTF-8 never uses: skip it
  for (std::size_t k = 1; k < n; ++k) {
    if (i + k >= s.size()) { bad = s.size(); return 0; }
    const auto c = static_cast<unsigned char>(s[i + k]);
    const unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
    if (c < min || c > max) { bad = i + k; return 0; }
  }
  return n;
}

// Whether none of the 8 bytes at p is a control byte, '"', '\\' or non-ASCII (the bytes that
// are not copied as they are). The bit tricks flag a byte below n with (x - n) & ~x & 0x80; a
// borrow can flag bytes after a flagged one too, which only sends a word to the byte loop.
bool plain_ascii8(const char* p) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  const auto below = [&](std::uint64_t v, unsigned char n) { return (v - ones * n) & ~v & high; };
  const std::uint64_t flagged =
      (x & high) | below(x, 0x20) | below(x ^ (ones * '"'), 1) | below(x ^ (ones * '\\'), 1);
  return flagged == 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // copy a run of plain ASCII in one go, found eight bytes at a time
    std::size_t j = i;
    while (j + 8 <= s.size() && plain_ascii8(s.data() + j)) j += 8;
    while (j < s.size()) {
      const auto c = static_cast<unsigned char>(s[j]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++j;
    }
    out.append(s.data() + i, j - i);
    i = j;
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (const std::string_view e = short_escape(c); !e.empty())
        out += e;
      else
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
      ++i;
      continue;
    }
    std::size_t bad = 0;
    if (const std::size_t n = sequence_length(s, i, bad); n > 0) {
      out.append(s.data() + i, n);
      i += n;
    } else {
      out += replacement;
      i = bad;
    }
  }
  out.push_back('"');
}

void JsonText::before_value() {
  if (const char c = separator()) out_.push_back(c);
}

JsonText& JsonText::open(char c) {
  before_value();
  out_.push_back(c);
  need_comma_ = false;
  return *this;
}

JsonText& JsonText::close(char c) {
  out_.push_back(c);
  need_comma_ = true;
  return *this;
}

// Most keys and values are short plain ASCII ("start", "DATE", "1987-02-26"): those are put
// together with their quotes and punctuation in a buffer on the stack and appended once.
namespace {
constexpr std::size_t kShort = 48;
bool short_plain(std::string_view s) {
  if (s.size() > kShort) return false;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) return false;
  }
  return true;
}
// Appends [lead] "s" [trail]; lead and trail are 0 for none.
void append_quoted(std::string& out, char lead, std::string_view s, char trail) {
  char buf[kShort + 4];
  std::size_t n = 0;
  if (lead) buf[n++] = lead;
  buf[n++] = '"';
  std::memcpy(buf + n, s.data(), s.size());
  n += s.size();
  buf[n++] = '"';
  if (trail) buf[n++] = trail;
  out.append(buf, n);
}
template <typename Int>
void append_integer(std::string& out, char lead, Int v) {
  char buf[24];
  std::size_t n = 0;
  if (lead) buf[n++] = lead;
  n = static_cast<std::size_t>(std::to_chars(buf + n, buf + sizeof buf, v).ptr - buf);
  out.append(buf, n);
}
}  // namespace

JsonText& JsonText::key(std::string_view k) {
  const char comma = need_comma_ ? ',' : 0;
  if (short_plain(k)) {
    append_quoted(out_, comma, k, ':');
  } else {
    if (comma) out_.push_back(comma);
    append_json_string(out_, k);
    out_.push_back(':');
  }
  after_key_ = true;
  return *this;
}

char JsonText::separator() {
  if (after_key_) {
    after_key_ = false;
    return 0;
  }
  return need_comma_ ? ',' : 0;
}

JsonText& JsonText::value(std::string_view v) {
  const char lead = separator();
  if (short_plain(v)) {
    append_quoted(out_, lead, v, 0);
  } else {
    if (lead) out_.push_back(lead);
    append_json_string(out_, v);
  }
  need_comma_ = true;
  return *this;
}

JsonText& JsonText::value(std::uint64_t v) {
  append_integer(out_, separator(), v);
  need_comma_ = true;
  return *this;
}

JsonText& JsonText::value(std::int64_t v) {
  append_integer(out_, separator(), v);
  need_comma_ = true;
  return *this;
}

JsonText& JsonText::flag(bool v) {
  before_value();
  out_ += v ? "true" : "false";
  need_comma_ = true;
  return *this;
}

JsonText& JsonText::null() {
  before_value();
  out_ += "null";
  need_comma_ = true;
  return *this;
}

}  // namespace parley::output
