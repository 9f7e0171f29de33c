#include <gtest/gtest.h>

#include <date/date.h>

#include "parley/dct.hpp"

using namespace date::literals;

TEST(Dct, DateOnly) {
  auto d = parley::parse_dct("2021-05-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->instant, parley::Instant{date::sys_days{2021_y / date::May / 20}});
  EXPECT_FALSE(d->has_time_of_day);
}

TEST(Dct, DateAndTime) {
  auto d = parley::parse_dct("2021-05-20T14:30");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->instant, parley::Instant{date::sys_days{2021_y / date::May / 20}} + std::chrono::hours{14} +
                            std::chrono::minutes{30});
  EXPECT_TRUE(d->has_time_of_day);
  EXPECT_TRUE(parley::parse_dct("1998-08-07T10:30:59"));
  EXPECT_TRUE(parley::parse_dct("19980807"));
}

TEST(Dct, Malformed) {
  for (const char* bad : {"", "2021", "2021-5-20", "2021-02-30", "2021-13-01", "20210520x", "2021-05-20T25:00",
                          "2021-05-20T10", "2021-05-20T10:3", "yesterday", "2021-05-20Z", "2021-05-20T10:00+15:00",
                          "2021-05-20T10:00+02:60", "2021-05-20T10:00:00.", "2021-05-20T10:00:00.Z", "2021-05-20T10:00 Z",
                          "2021-05-20T10:00+2", "2021-05-20T10:00+02:0"})
    EXPECT_FALSE(parley::parse_dct(bad)) << bad;
}

// RFC 3339 as feeds write it: the clock stays as written (the writer's "today"), the zone is kept.
TEST(Dct, ZoneKeptBesideTheClock) {
  const auto ten = parley::Instant{date::sys_days{2021_y / date::May / 20}} + std::chrono::hours{10};
  const std::pair<const char*, const char*> cases[] = {
      {"2021-05-20T10:00Z", "Z"},          {"2021-05-20t10:00:00z", "Z"},        {"2021-05-20T10:00:00+02:00", "+02:00"},
      {"2021-05-20T10:00-0530", "-05:30"}, {"2021-05-20T10:00:00.250+02", "+02:00"}, {"2021-05-20 10:00:00 +0200", "+02:00"},
      {"2021-05-20T10:00:00", ""}};
  for (const auto& [text, zone] : cases) {
    const auto d = parley::parse_dct(text);
    ASSERT_TRUE(d) << text;
    EXPECT_EQ(d->instant, ten) << text;
    EXPECT_TRUE(d->has_time_of_day) << text;
    EXPECT_EQ(d->zone, zone) << text;
    EXPECT_EQ(d->text, text);
  }
}
