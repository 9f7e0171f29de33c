// Zones written after clock times: the abbreviation in force on the day, the offset, the UTC
// bounds, and the bounds moved onto a zoned DCT's clock.
#include <gtest/gtest.h>

#include <span>
#include <string>

#include <date/date.h>

#include "engine/tagger/zones.hpp"
#include "grammar/lexicon_ids.hpp"
#include "parley/dct.hpp"
#include "parley/tagger.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_io.hpp"
#include "parley/timeline_output.hpp"

namespace {

using parley::engine::read_zone;
namespace zone_ids = parley::grammar::zone_ids;

std::string iso(const std::optional<parley::Instant>& t) {
  return t ? date::format("%Y-%m-%dT%H:%M:%S", *t) : std::string("none");
}

// `r` must outlive the reference.
const parley::Timex& only_timex(const parley::TagResult& r) {
  EXPECT_EQ(r.timexes.size(), 1u);
  return r.timexes.front();
}

date::local_seconds at(int y, unsigned m, unsigned d, int h) {
  return date::local_days{date::year{y} / m / d} + std::chrono::hours{h};
}

TEST(Zones, GenericUsNamesFollowDaylightTimeByDate) {
  EXPECT_EQ(read_zone(zone_ids::eastern, at(2021, 1, 14, 12)).name, "EST");
  EXPECT_EQ(*read_zone(zone_ids::eastern, at(2021, 1, 14, 12)).offset_minutes, -300);
  EXPECT_EQ(read_zone(zone_ids::eastern, at(2021, 7, 14, 12)).name, "EDT");
  EXPECT_EQ(*read_zone(zone_ids::eastern, at(2021, 7, 14, 12)).offset_minutes, -240);
  EXPECT_EQ(read_zone(zone_ids::pacific, at(1987, 10, 19, 12)).name, "PDT");
  // 1987: daylight time began on the first Sunday of April (April 5), ended October 25
  EXPECT_EQ(read_zone(zone_ids::central, at(1987, 4, 4, 12)).name, "CST");
  EXPECT_EQ(read_zone(zone_ids::central, at(1987, 4, 6, 12)).name, "CDT");
  EXPECT_EQ(read_zone(zone_ids::mountain, at(1987, 10, 26, 12)).name, "MST");
  // 2024: the second Sunday of March (March 10) to the first Sunday of November (November 3)
  EXPECT_EQ(read_zone(zone_ids::eastern, at(2024, 3, 9, 12)).name, "EST");
  EXPECT_EQ(read_zone(zone_ids::eastern, at(2024, 3, 11, 12)).name, "EDT");
  EXPECT_EQ(read_zone(zone_ids::eastern, at(2024, 11, 4, 12)).name, "EST");
}

// The built-in rules (used without a tz database) agree with the tz database on every day of
// the three test years, at noon.
TEST(Zones, TheBuiltInDaylightRulesAgreeWithTheDatabase) {
  for (int y : {1987, 2017, 2024}) {
    for (auto d = date::local_days{date::year{y} / 1 / 1}; d < date::local_days{date::year{y + 1} / 1 / 1}; d += date::days{1}) {
      const auto noon = d + std::chrono::hours{12};
      EXPECT_EQ(parley::engine::us_daylight_time(noon), read_zone(zone_ids::eastern, noon).name == "EDT")
          << date::format("%F", d);
    }
  }
}

TEST(Zones, AWrittenAbbreviationIsTakenAsWritten) {
  // "EST" in July: the text says standard time, and UTC-5 is what it means
  EXPECT_EQ(read_zone(zone_ids::est, at(2021, 7, 14, 12)).name, "EST");
  EXPECT_EQ(*read_zone(zone_ids::est, at(2021, 7, 14, 12)).offset_minutes, -300);
  EXPECT_EQ(*read_zone(zone_ids::gmt, at(2021, 7, 14, 12)).offset_minutes, 0);
  EXPECT_FALSE(read_zone(zone_ids::local, at(2021, 7, 14, 12)).offset_minutes);
}

TEST(Zones, AClockWithAZoneGetsUtcBounds) {
  const auto r = parley::tag("The plane landed at 8 am PST.", parley::parse_dct("2021-01-14"));
  const auto& t = only_timex(r);
  EXPECT_EQ(t.text, "8 am PST");
  EXPECT_EQ(t.time.value, "2021-01-14T08:00");  // TIMEX3 keeps the clock as written
  EXPECT_EQ(t.time.zone, "PST");
  EXPECT_EQ(*t.time.utc_offset_minutes, -480);
  EXPECT_EQ(iso(t.time.earliest), "2021-01-14T08:00:00");  // DCT without a zone: the written clock
  EXPECT_EQ(iso(t.time.earliest_utc), "2021-01-14T16:00:00");
  EXPECT_EQ(iso(t.time.latest_utc), "2021-01-14T16:00:00");
}

TEST(Zones, EasternTimeInJulyIsDaylightTime) {
  const auto r = parley::tag("Markets closed at 5 p.m. Eastern time.", parley::parse_dct("2021-07-14"));
  const auto& t = only_timex(r);
  EXPECT_EQ(t.text, "5 p.m. Eastern time");
  EXPECT_EQ(t.time.zone, "EDT");
  EXPECT_EQ(iso(t.time.earliest_utc), "2021-07-14T21:00:00");
}

TEST(Zones, AZonedDctMovesTheBoundsOntoItsClock) {
  const auto r = parley::tag("The talks begin at 1300 GMT.", parley::parse_dct("2021-07-14T09:00-04:00"));
  const auto& t = only_timex(r);
  EXPECT_EQ(t.time.value, "2021-07-14T13:00");
  EXPECT_EQ(iso(t.time.earliest), "2021-07-14T09:00:00");
  EXPECT_EQ(iso(t.time.earliest_utc), "2021-07-14T13:00:00");
}

TEST(Zones, ALocalTimeGlossedInGmtTakesItsOffset) {
  const auto r = parley::tag("The ministers met at 0600 local time (0400 GMT) in the capital.",
                             parley::parse_dct("2021-07-14"));
  ASSERT_EQ(r.timexes.size(), 2u);
  EXPECT_EQ(r.timexes[0].text, "0600 local time");
  EXPECT_EQ(r.timexes[0].time.zone, "local");
  EXPECT_EQ(*r.timexes[0].time.utc_offset_minutes, 120);
  EXPECT_EQ(iso(r.timexes[0].time.earliest_utc), "2021-07-14T04:00:00");
  // "11 p.m. local (0400 GMT)": the gloss is on the next day in UTC; the offset stays within a day
  const auto late = parley::tag("It began at 11 p.m. local (0400 GMT).", parley::parse_dct("2021-07-14"));
  ASSERT_EQ(late.timexes.size(), 2u);
  EXPECT_EQ(*late.timexes[0].time.utc_offset_minutes, -300);
}

TEST(Zones, WithoutADctTheZoneIsKeptAsWritten) {
  const auto r = parley::tag("The plane landed at 8 am PST and left at 5 p.m. Eastern time.", std::nullopt);
  ASSERT_EQ(r.timexes.size(), 2u);
  EXPECT_EQ(r.timexes[0].time.zone, "PST");
  EXPECT_EQ(*r.timexes[0].time.utc_offset_minutes, -480);
  EXPECT_FALSE(r.timexes[0].time.earliest_utc);  // no day to place it on
  EXPECT_EQ(r.timexes[1].time.zone, "ET");
  EXPECT_FALSE(r.timexes[1].time.utc_offset_minutes);
}

TEST(Zones, WithoutAGlossLocalTimeHasNoOffset) {
  const auto r = parley::tag("It exploded at 1000 local time.", parley::parse_dct("2021-07-14"));
  const auto& t = only_timex(r);
  EXPECT_EQ(t.time.zone, "local");
  EXPECT_FALSE(t.time.utc_offset_minutes);
  EXPECT_FALSE(t.time.earliest_utc);
}

}  // namespace

namespace {

// The timeline keeps an event's zone through its YAML and back.
TEST(Zones, TheTimelineKeepsTheZoneThroughItsYaml) {
  const std::string text = "The exchange closed at 1615 EDT on Monday.";
  const parley::TimelineInput input{"wire", text, parley::parse_dct("1987-10-20T13:00"), "", nullptr};
  const parley::Timeline built = parley::build_timeline(std::span<const parley::TimelineInput>(&input, 1));
  ASSERT_FALSE(built.events.empty());
  ASSERT_TRUE(built.events.front().time);
  const auto& time = built.events.front().time->time;
  EXPECT_EQ(time.zone, "EDT");
  EXPECT_EQ(*time.utc_offset_minutes, -240);
  const std::string yaml = parley::timeline_to_yaml(built);
  EXPECT_NE(yaml.find("zone: EDT"), std::string::npos);
  EXPECT_NE(yaml.find("utcOffset: \"-04:00\""), std::string::npos);
  const parley::Timeline read = parley::timeline_from_yaml(yaml, "test");
  ASSERT_FALSE(read.events.empty());
  ASSERT_TRUE(read.events.front().time);
  EXPECT_EQ(read.events.front().time->time.zone, "EDT");
  EXPECT_EQ(*read.events.front().time->time.utc_offset_minutes, -240);
}

}  // namespace
