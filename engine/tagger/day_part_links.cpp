// link_parts_of_day(): a bare part of the day ("dawn", "the evening") followed by "on"/"of" and a
// day moves onto that day. The resolver places such a part of the day on the day told before it
// (or the DCT's), since it reads timexes in order and cannot see the day that follows.
#include "engine/tagger/day_part_links.hpp"

#include <chrono>

namespace parley::engine {
namespace {

bool joins_day(std::string_view between) {
  return between == " on " || between == " of " || between == " On " || between == " Of ";
}

// A day-grain date with both bounds: the day a part of the day can lie on.
bool is_day(const ResolvedTime& t) {
  return t.granularity == Granularity::Day && t.earliest && t.latest && t.value.size() == 10;
}

// A part of the day the text did not put on a day of its own ("dawn", not "Monday morning").
bool bare_part_of_day(const Timex& t) {
  const ResolvedTime& r = t.time;
  return r.granularity == Granularity::PartOfDay && r.earliest && r.latest && r.value.size() > 11 &&
         r.value[10] == 'T' && r.basis != Basis::Explicit && r.zone.empty();
}

}  // namespace

void link_parts_of_day(std::string_view text, std::vector<Timex>& timexes) {
  for (std::size_t i = 0; i + 1 < timexes.size(); ++i) {
    Timex& part = timexes[i];
    const Timex& day = timexes[i + 1];
    if (!bare_part_of_day(part) || !is_day(day.time)) continue;
    if (day.span.begin < part.span.end || day.span.begin > text.size()) continue;
    if (!joins_day(text.substr(part.span.end, day.span.begin - part.span.end))) continue;
    using std::chrono::days;
    const auto shift = std::chrono::floor<days>(*day.time.earliest) - std::chrono::floor<days>(*part.time.earliest);
    ResolvedTime& r = part.time;
    *r.earliest += shift;
    *r.latest += shift;
    r.value = day.time.value + r.value.substr(10);
    r.basis = day.time.basis == Basis::Explicit ? Basis::Explicit : Basis::PreviousTime;
    r.anchor = day.time.basis == Basis::Explicit ? "none" : day.id;
  }
}

}  // namespace parley::engine
