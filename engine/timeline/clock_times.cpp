// Bare clock times of wire copy on the story's day (see clock_times.hpp).
#include "engine/timeline/clock_times.hpp"

#include <algorithm>
#include <chrono>

#include <date/date.h>

#include "engine/timeline/time_attachment.hpp"

namespace parley::timeline {
namespace {

bool finer_than_day(Granularity g) {
  return g == Granularity::Second || g == Granularity::Minute || g == Granularity::Hour;
}

// "1000 EST", "1500 hrs", "10.30 GMT": digits, and no word of a day ("Monday", "tomorrow").
bool bare_clock_text(std::string_view text) {
  const bool digit = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digit) return false;
  std::string l(text);
  for (char& c : l) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  for (std::string_view w : {"day", "tomorrow", "tonight", "night", "morning", "evening", "jan", "feb", "mar", "apr",
                             "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
    if (l.find(w) != std::string::npos) return false;
  return true;
}

}  // namespace

bool clock_on_story_day(EventTime& et, const std::vector<Timex>& timexes, std::size_t x,
                        const std::vector<std::size_t>& sentence_of_timex, const Mention& m,
                        const std::optional<Dct>& dct) {
  const Timex& t = timexes[x];
  if (!dct || t.time.basis != Basis::PreviousTime || !finer_than_day(t.time.granularity) || !bare_clock_text(t.text) ||
      !et.time.earliest || !et.time.latest)
    return false;
  // the anchor: a time of an earlier sentence (within one, "yesterday ... at 1000" is that day)
  auto find = [&](const std::string& id) {
    return std::find_if(timexes.begin(), timexes.end(), [&](const Timex& c) { return c.id == id; });
  };
  auto anchor = find(t.time.anchor);
  // "resumed at 0900 EST. The committee reconvenes at 1500 hrs": through the clock times before
  // it to the day they hang on
  for (int hops = 0; anchor != timexes.end() && hops < 8 && anchor->time.basis == Basis::PreviousTime &&
                     finer_than_day(anchor->time.granularity) && bare_clock_text(anchor->text);
       ++hops)
    anchor = find(anchor->time.anchor);
  if (anchor == timexes.end()) return false;
  const std::size_t a = static_cast<std::size_t>(anchor - timexes.begin());
  if (sentence_of_timex[a] == sentence_of_timex[x] || sentence_of_timex[x] == no_token) return false;
  // only a day counted from the story's own ("yesterday", "last night", "tomorrow"): a day the
  // narrative wrote ("on Thursday morning ... at 2 p.m. the same day") keeps its clock times
  if (anchor->time.basis != Basis::Dct) return false;
  const auto [day_start, day_end] = dct_bounds(*dct);
  const auto story_day = std::chrono::floor<date::days>(day_start);
  const auto clock_day = std::chrono::floor<date::days>(*et.time.earliest);
  if (clock_day == story_day) return false;
  const auto shift = story_day - clock_day;
  const Instant earliest = *et.time.earliest + shift, latest = *et.time.latest + shift;
  // a past event at a clock time later than the wire time is not today's (zones aside: the
  // wire clock and the story's zone differ by hours, so only a clock past the day's end is out)
  const bool past = m.tense == Tense::Past || m.tense == Tense::PresentPerfect || m.tense == Tense::PastPerfect;
  if (past && dct->has_time_of_day && earliest > day_end + std::chrono::hours{12}) return false;
  et.time.earliest = earliest;
  et.time.latest = latest;
  if (et.time.value.size() >= 10) et.time.value.replace(0, 10, date::format("%Y-%m-%d", story_day));
  et.basis = "clock time on the story's day: " + et.text;
  return true;
}

}  // namespace parley::timeline
