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
                          "2021-05-20T10", "2021-05-20T10:3", "yesterday", "2021-05-20 10:30:00Z"})
    EXPECT_FALSE(parley::parse_dct(bad)) << bad;
}
