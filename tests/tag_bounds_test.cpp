// Bounds of spans counted from the DCT stay on the calendar a TIMEX3 value can write: a huge
// count must not wrap date::year (a short) round to a year before the DCT.
#include <gtest/gtest.h>

#include <date/date.h>

#include "parley/dct.hpp"
#include "parley/tagger.hpp"

namespace {

int year_of(parley::Instant t) {
  return static_cast<int>(date::year_month_day{std::chrono::floor<date::days>(t)}.year());
}

TEST(TagBounds, HugeSpansFromTheDctStayOnTheCalendar) {
  const auto dct = parley::parse_dct("1998-08-07");
  ASSERT_TRUE(dct);
  // a four-digit top of a range is a year, like a four-digit count; the rest are spans too long
  // to place: 999 centuries, or 640 (which wrapped to year 462)
  for (const char* text : {"the past two to 9000 decades", "the next 20 to 9999 years", "the next 999 centuries",
                           "the next 640 centuries", "the past 999 centuries", "the next 12 to 999 centuries"}) {
    const auto result = parley::tag(text, dct);
    for (const auto& t : result.timexes) {
      if (t.time.earliest) {
        EXPECT_GE(year_of(*t.time.earliest), 0) << text;
        EXPECT_LE(year_of(*t.time.earliest), 9999) << text;
      }
      if (t.time.latest) {
        EXPECT_GE(year_of(*t.time.latest), 0) << text;
        EXPECT_LE(year_of(*t.time.latest), 9999) << text;
      }
      if (t.time.earliest && t.time.latest) EXPECT_LE(*t.time.earliest, *t.time.latest) << text;
    }
  }
}

TEST(TagBounds, ARangeOfCountsIsStillPlaced) {
  const auto dct = parley::parse_dct("1998-08-07");
  ASSERT_TRUE(dct);
  const auto result = parley::tag("the next 12 to 18 months", dct);
  ASSERT_EQ(result.timexes.size(), 1u);
  ASSERT_TRUE(result.timexes[0].time.latest);
  EXPECT_EQ(*result.timexes[0].time.latest, parley::Instant{date::sys_days{date::year{2000} / date::February / 7}});
}

}  // namespace
