// Parsing the document creation time. Strict on purpose: a malformed --dct is a usage error,
// never a silently wrong anchor.
#include "parley/dct.hpp"

#include <charconv>

#include <date/date.h>

namespace parley {
namespace {

bool read_int(std::string_view s, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > s.size()) return false;
  for (std::size_t i = pos; i < pos + len; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + len, out);
  return true;
}

// The zone that ends the text at `p`: Z, or a sign and hours with optional minutes (+02:00,
// -0500, +02), at most 14 hours as the zones in use are. Written back as "Z" or "+HH:MM".
bool read_zone(std::string_view s, std::size_t p, std::string& zone) {
  if (s.substr(p) == "Z" || s.substr(p) == "z") {
    zone = "Z";
    return true;
  }
  if (s[p] != '+' && s[p] != '-') return false;
  int h = 0, m = 0;
  if (!read_int(s, p + 1, 2, h)) return false;
  const std::string_view rest = s.substr(p + 3);
  if (rest.size() == 3 && rest[0] == ':') {
    if (!read_int(s, p + 4, 2, m)) return false;
  } else if (rest.size() == 2) {
    if (!read_int(s, p + 3, 2, m)) return false;
  } else if (!rest.empty()) {
    return false;
  }
  if (h > 14 || m > 59) return false;
  zone = std::string(1, s[p]) + std::string(s.substr(p + 1, 2)) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
  return true;
}

}  // namespace

std::optional<Dct> parse_dct(std::string_view s) {
  int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
  std::size_t p = 0;
  if (!read_int(s, 0, 4, y)) return std::nullopt;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    if (!read_int(s, 5, 2, m) || !read_int(s, 8, 2, d)) return std::nullopt;
    p = 10;
  } else if (s.size() >= 8 && read_int(s, 4, 2, m) && read_int(s, 6, 2, d)) {
    p = 8;  // TimeML's compact form 19980807
  } else {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{unsigned(m)}, date::day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  Dct dct;
  dct.text = std::string(s);
  bool has_time = false;
  if (p < s.size()) {
    if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return std::nullopt;
    if (!read_int(s, p + 1, 2, hh) || s.size() < p + 6 || s[p + 3] != ':' || !read_int(s, p + 4, 2, mm))
      return std::nullopt;
    p += 6;
    if (p < s.size() && s[p] == ':') {
      if (!read_int(s, p + 1, 2, ss)) return std::nullopt;
      p += 3;
      if (p < s.size() && (s[p] == '.' || s[p] == ',')) {  // a fraction of a second: below the model's grain
        const std::size_t digits = ++p;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
        if (p == digits) return std::nullopt;
      }
    }
    if (p + 1 < s.size() && s[p] == ' ' && (s[p + 1] == '+' || s[p + 1] == '-')) ++p;  // Jekyll: "10:00:00 +0200"
    if (p < s.size() && !read_zone(s, p, dct.zone)) return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
    has_time = true;
  }
  dct.instant = Instant{date::sys_days{ymd}} + std::chrono::hours{hh} + std::chrono::minutes{mm} +
                std::chrono::seconds{ss};
  dct.has_time_of_day = has_time;
  return dct;
}

}  // namespace parley
