#include "engine/output/fields.hpp"

#include "engine/tagger/zones.hpp"

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
std::string iso_instant(Instant t) {
  const auto day = date::floor<date::days>(t);
  std::string out(19, ' ');
  if (!put_date(out.data(), day)) return date::format("%Y-%m-%dT%H:%M:%S", t);
  const date::hh_mm_ss time(t - day);
  out[10] = 'T';
  put_digits(out.data() + 11, static_cast<unsigned>(time.hours().count()), 2);
  out[13] = ':';
  put_digits(out.data() + 14, static_cast<unsigned>(time.minutes().count()), 2);
  out[16] = ':';
  put_digits(out.data() + 17, static_cast<unsigned>(time.seconds().count()), 2);
  return out;
}

std::string dct_value(const Dct& dct) {
  if (dct.has_time_of_day) return iso_instant(dct.instant) + dct.zone;  // the zone as given: local clock
  const auto day = date::floor<date::days>(dct.instant);
  std::string out(10, ' ');
  if (!put_date(out.data(), day)) return date::format("%Y-%m-%d", day);
  return out;
}

std::vector<Field> timex_attributes(const Timex& timex) {
  const ResolvedTime& t = timex.time;
  std::vector<Field> fields{{"type", std::string(to_string(t.type))}, {"value", t.value}};
  auto optional = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) fields.push_back({key, value});
  };
  optional("mod", t.mod);
  optional("quant", t.quant);
  optional("freq", t.freq);
  if (t.earliest) fields.push_back({"earliest", iso_instant(*t.earliest)});
  if (t.latest) fields.push_back({"latest", iso_instant(*t.latest)});
  fields.push_back({"granularity", std::string(to_string(t.granularity))});
  fields.push_back({"basis", std::string(to_string(t.basis))});
  fields.push_back({"anchor", t.anchor});
  optional("beginPoint", t.begin_point);
  optional("endPoint", t.end_point);
  optional("zone", t.zone);
  if (t.utc_offset_minutes) fields.push_back({"utcOffset", engine::offset_text(*t.utc_offset_minutes)});
  if (t.earliest_utc) fields.push_back({"earliestUtc", iso_instant(*t.earliest_utc) + "Z"});
  if (t.latest_utc) fields.push_back({"latestUtc", iso_instant(*t.latest_utc) + "Z"});
  return fields;
}

std::vector<Field> range_attributes(const TimexRange& range, const std::vector<Timex>& timexes) {
  std::vector<Field> fields{{"type", "DURATION"},
                            {"value", range.value},
                            {"beginPoint", timexes[range.first].id},
                            {"endPoint", timexes[range.last].id}};
  if (range.earliest) fields.push_back({"earliest", iso_instant(*range.earliest)});
  if (range.latest) fields.push_back({"latest", iso_instant(*range.latest)});
  return fields;
}

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
