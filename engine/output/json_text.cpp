#include "engine/output/json_text.hpp"

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

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // copy a run of plain ASCII in one go
    std::size_t j = i;
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
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (need_comma_) out_.push_back(',');
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

JsonText& JsonText::key(std::string_view k) {
  if (need_comma_) out_.push_back(',');
  append_json_string(out_, k);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

JsonText& JsonText::value(std::string_view v) {
  before_value();
  append_json_string(out_, v);
  need_comma_ = true;
  return *this;
}

JsonText& JsonText::value(std::uint64_t v) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", v);
  need_comma_ = true;
  return *this;
}

JsonText& JsonText::value(std::int64_t v) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", v);
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
