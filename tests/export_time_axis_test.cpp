// Axis ticks follow the span of the data: hours, days, Mondays, months or years.
#include <gtest/gtest.h>

#include <algorithm>

#include <date/date.h>

#include "engine/export/time_axis.hpp"

namespace {

using namespace parley;

TEST(ExportTimeAxis, TicksFollowTheSpan) {
  using namespace std::chrono;
  const Instant may19 = date::sys_days(date::year(2021) / 5 / 19);
  auto labels = [&](Instant a, Instant b) {
    std::vector<std::string> out;
    for (const auto& t : exporting::TimeAxis(a, b, 0, 900).ticks(95)) out.push_back(t.label);
    return out;
  };
  const auto weeks = labels(may19 - days(41), may19 + days(1));  // the example: Mondays
  EXPECT_EQ(weeks.front(), "12 Apr");
  EXPECT_EQ(weeks.back(), "17 May");
  const auto two_days = labels(may19, may19 + days(2));
  EXPECT_NE(std::find(two_days.begin(), two_days.end(), "20 May"), two_days.end());
  EXPECT_NE(std::find(two_days.begin(), two_days.end(), "12:00"), two_days.end());
  const auto decade = labels(may19 - days(9 * 365), may19);
  EXPECT_NE(std::find(decade.begin(), decade.end(), "2016"), decade.end());
  EXPECT_LE(decade.size(), 10u);
}

}  // namespace
