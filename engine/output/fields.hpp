#pragma once
// The words and values every output format shares, so YAML, JSON lines and TimeML print the
// same thing for the same timex.

#include <string>
#include <string_view>
#include <vector>

#include "parley/dct.hpp"
#include "parley/timex.hpp"

namespace parley::output {

// "2021-05-19T17:00:00": ISO 8601 to the second, as earliest/latest are printed.
std::string iso_instant(Instant);

// The DCT as TimeML writes it: "2021-05-20", or with the time of day when it has one.
std::string dct_value(const Dct&);

inline constexpr std::string_view no_dct_note =
    "no document creation time: expressions relative to it are left relative (basis unresolved)";

// An instant as iso_instant() writes it, held on the stack (every timex prints two): `view()`
// is valid while the object lives. `suffix` is written after it ("Z" for the UTC instants).
class InstantText {
 public:
  explicit InstantText(Instant t, std::string_view suffix = {});
  std::string_view view() const { return slow_.empty() ? std::string_view(buf_, size_) : std::string_view(slow_); }

 private:
  char buf_[24];
  std::size_t size_ = 0;
  std::string slow_;  // a year outside 0..9999, written by date::format
};

std::string offset_text_of(const ResolvedTime&);

// Calls f(key, value) for the attributes of a timex after its id, span and text, in output
// order; optional ones only when set. Keys are TimeML's (beginPoint, endPoint) and parley's
// (earliest, latest, ...). `value` is a std::string_view valid during the call only.
template <typename F>
void timex_attributes(const Timex& timex, F&& f) {
  const ResolvedTime& t = timex.time;
  f(std::string_view("type"), to_string(t.type));
  f(std::string_view("value"), std::string_view(t.value));
  const auto optional = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) f(key, std::string_view(value));
  };
  optional("mod", t.mod);
  optional("quant", t.quant);
  optional("freq", t.freq);
  if (t.earliest) f(std::string_view("earliest"), InstantText(*t.earliest).view());
  if (t.latest) f(std::string_view("latest"), InstantText(*t.latest).view());
  f(std::string_view("granularity"), to_string(t.granularity));
  f(std::string_view("basis"), to_string(t.basis));
  f(std::string_view("anchor"), std::string_view(t.anchor));
  optional("beginPoint", t.begin_point);
  optional("endPoint", t.end_point);
  optional("zone", t.zone);
  if (t.utc_offset_minutes) f(std::string_view("utcOffset"), std::string_view(offset_text_of(t)));
  if (t.earliest_utc) f(std::string_view("earliestUtc"), InstantText(*t.earliest_utc, "Z").view());
  if (t.latest_utc) f(std::string_view("latestUtc"), InstantText(*t.latest_utc, "Z").view());
}

// Calls f(key, value) for the attributes of a range after its id, text and span: type
// (DURATION), value, beginPoint and endPoint (the ends' ids), earliest, latest.
// begin_inclusive and end_inclusive follow as flags.
template <typename F>
void range_attributes(const TimexRange& range, const std::vector<Timex>& timexes, F&& f) {
  f(std::string_view("type"), std::string_view("DURATION"));
  f(std::string_view("value"), std::string_view(range.value));
  f(std::string_view("beginPoint"), std::string_view(timexes[range.first].id));
  f(std::string_view("endPoint"), std::string_view(timexes[range.last].id));
  if (range.earliest) f(std::string_view("earliest"), InstantText(*range.earliest).view());
  if (range.latest) f(std::string_view("latest"), InstantText(*range.latest).view());
}

std::string_view to_string(EventOrdinal::Kind);

}  // namespace parley::output
