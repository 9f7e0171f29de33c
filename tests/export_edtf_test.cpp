// EDTF strings: unit cases for each form, then the example timeline's YAML export read back.
#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

#include <date/date.h>

#include "parley/timeline_export.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;
using namespace std::chrono;

Instant at(date::sys_days d, seconds s = seconds(0)) { return d + s; }
constexpr seconds end_of_day = hours(23) + minutes(59) + seconds(59);

EventTime time_between(std::optional<Instant> from, std::optional<Instant> to, Granularity g = Granularity::Day,
                       std::string mod = {}) {
  EventTime t;
  t.time.earliest = from;
  t.time.latest = to;
  t.time.granularity = g;
  t.time.mod = std::move(mod);
  return t;
}

TEST(ExportEdtf, Forms) {
  using date::May;
  const auto d19 = date::sys_days(date::year(2021) / May / 19), d20 = date::sys_days(date::year(2021) / May / 20);
  EXPECT_EQ(to_edtf(time_between(at(d19), at(d19, end_of_day))), "2021-05-19");
  EXPECT_EQ(to_edtf(time_between(at(d19, hours(17)), at(d19, end_of_day), Granularity::PartOfDay)), "2021-05-19");
  EXPECT_EQ(to_edtf(time_between(at(d19), at(d20, end_of_day))), "2021-05-19/2021-05-20");
  EXPECT_EQ(to_edtf(time_between(std::nullopt, at(d20))), "../2021-05-20");
  EXPECT_EQ(to_edtf(time_between(at(d19), std::nullopt)), "2021-05-19/..");
  const auto may1 = date::sys_days(date::year(2021) / May / 1), may31 = date::sys_days(date::year(2021) / May / 31);
  EXPECT_EQ(to_edtf(time_between(at(may1), at(may31, end_of_day), Granularity::Month, "APPROX")), "2021-05~");
  const auto jan1 = date::sys_days(date::year(2021) / 1 / 1), dec31 = date::sys_days(date::year(2021) / 12 / 31);
  EXPECT_EQ(to_edtf(time_between(at(jan1), at(dec31, end_of_day), Granularity::Year)), "2021");
  EXPECT_EQ(to_edtf(time_between(at(d19, hours(14) + minutes(30)), at(d19, hours(14) + minutes(30)), Granularity::Minute)),
            "2021-05-19T14:30:00");
  EXPECT_EQ(to_edtf(time_between(std::nullopt, std::nullopt)), "");
}

class ExportEdtfYaml : public ::testing::Test {
 protected:
  static YAML::Node event(const std::string& id) {
    static const YAML::Node root = YAML::Load(timeline_to_edtf_yaml(parley::testing::vienna_timeline()));
    for (const auto& e : root["events"])
      if (e["id"].as<std::string>() == id) return e;
    throw std::runtime_error("no event " + id);
  }
};

TEST_F(ExportEdtfYaml, RoundFourEndIsTheEveningOfMay19) {
  const YAML::Node root = YAML::Load(timeline_to_edtf_yaml(parley::testing::vienna_timeline()));
  EXPECT_EQ(root["parley"].as<int>(), 1);
  const YAML::Node end = root["series"][0]["rounds"][0]["end"];
  EXPECT_EQ(end["edtf"].as<std::string>(), "2021-05-19");
  EXPECT_EQ(end["value"].as<std::string>(), "2021-05-19TEV");
  EXPECT_EQ(event(parley::testing::vienna_event("ended").id)["time"]["edtf"].as<std::string>(), "2021-05-19");
}

TEST_F(ExportEdtfYaml, UncertainAndOpenTimesStaySo) {
  EXPECT_EQ(event(parley::testing::vienna_event("acknowledged").id)["time"]["edtf"].as<std::string>(), "2021-05-19/2021-05-20");
  EXPECT_EQ(event(parley::testing::vienna_event("pursued").id)["time"]["edtf"].as<std::string>(), "../2021-05-20");
  EXPECT_EQ(event(parley::testing::vienna_event("made", "recent weeks").id)["time"]["edtf"].as<std::string>(),
            "2021-04-08/2021-05-20");
  EXPECT_TRUE(event(parley::testing::vienna_event("assassination").id)["time"].IsNull());
}

}  // namespace
