#include "engine/output/fields.hpp"

#include "engine/tagger/zones.hpp"

#include <cstring>

#include <date/date.h>


namespace parley::output {

namespace {

void put_digits(char* at, unsigned value, int width) {
  for (int i = width - 1; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
}

// "YYYY-MM-DD" into `at`, or false for a year outside 0..9999, which date::format writes.
bool put_date(char* at, date::sys_days day) {
  const date::year_month_day ymd(day);
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) return false;
  put_digits(at, static_cast<unsigned>(year), 4);
  at[4] = '-';
  put_digits(at + 5, static_cast<unsigned>(ymd.month()), 2);
  at[7] = '-';
  put_digits(at + 8, static_cast<unsigned>(ymd.day()), 2);
  return true;
}

}  // namespace

// Written by hand: date::format builds a stream and a locale per call, and every timex prints
// two instants (a tenth of `tag --jsonl`'s time went there).
namespace {
// "YYYY-MM-DDTHH:MM:SS" into `at` (19 bytes), or false for a year date::format must write.
bool put_instant(char* at, Instant t) {
  const auto day = date::floor<date::days>(t);
  if (!put_date(at, day)) return false;
  const date::hh_mm_ss time(t - day);
  at[10] = 'T';
  put_digits(at + 11, static_cast<unsigned>(time.hours().count()), 2);
  at[13] = ':';
  put_digits(at + 14, static_cast<unsigned>(time.minutes().count()), 2);
  at[16] = ':';
  put_digits(at + 17, static_cast<unsigned>(time.seconds().count()), 2);
  return true;
}
std::string slow_instant(Instant t) { return date::format("%Y-%m-%dT%H:%M:%S", t); }
}  // namespace

std::string iso_instant(Instant t) {
  std::string out(19, ' ');
  if (!put_instant(out.data(), t)) return slow_instant(t);
  return out;
}

InstantText::InstantText(Instant t, std::string_view suffix) {
  if (put_instant(buf_, t) && suffix.size() <= sizeof buf_ - 19) {
    std::memcpy(buf_ + 19, suffix.data(), suffix.size());
    size_ = 19 + suffix.size();
  } else {
    slow_ = slow_instant(t);
    slow_ += suffix;
  }
}

std::string dct_value(const Dct& dct) {
  if (dct.has_time_of_day) return iso_instant(dct.instant) + dct.zone;  // the zone as given: local clock
  const auto day = date::floor<date::days>(dct.instant);
  std::string out(10, ' ');
  if (!put_date(out.data(), day)) return date::format("%Y-%m-%d", day);
  return out;
}

std::string offset_text_of(const ResolvedTime& t) { return engine::offset_text(*t.utc_offset_minutes); }

std::string_view to_string(EventOrdinal::Kind kind) {
  switch (kind) {
    case EventOrdinal::Kind::Number: return "number";
    case EventOrdinal::Kind::Latest: return "latest";
    case EventOrdinal::Kind::Next: return "next";
    case EventOrdinal::Kind::Previous: return "previous";
    case EventOrdinal::Kind::Final: return "final";
    case EventOrdinal::Kind::First: return "first";
  }
  return "number";
}

}  // namespace parley::output
