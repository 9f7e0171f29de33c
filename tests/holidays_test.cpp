// Every holiday the lexicon names, tagged with a year ("Easter 2024"), falls on its published
// day in 1987 (the Reuters corpus), 2017 and 2024. The movable feasts are data
// (grammar/lexicon_ids.hpp); these rows are the calendars' own dates.
#include <gtest/gtest.h>

#include <string>

#include "parley/dct.hpp"
#include "parley/tagger.hpp"

namespace {

struct HolidayRow {
  const char* name;
  const char* in_1987;
  const char* in_2017;
  const char* in_2024;
};

constexpr HolidayRow kHolidays[] = {
    // Easter and the feasts counted from it (Gregorian computus)
    {"Easter", "1987-04-19", "2017-04-16", "2024-03-31"},
    {"Good Friday", "1987-04-17", "2017-04-14", "2024-03-29"},
    {"Easter Monday", "1987-04-20", "2017-04-17", "2024-04-01"},
    {"Ash Wednesday", "1987-03-04", "2017-03-01", "2024-02-14"},
    {"Palm Sunday", "1987-04-12", "2017-04-09", "2024-03-24"},
    {"Maundy Thursday", "1987-04-16", "2017-04-13", "2024-03-28"},
    {"Holy Saturday", "1987-04-18", "2017-04-15", "2024-03-30"},
    {"Ascension Day", "1987-05-28", "2017-05-25", "2024-05-09"},
    {"Pentecost", "1987-06-07", "2017-06-04", "2024-05-19"},
    {"Whit Monday", "1987-06-08", "2017-06-05", "2024-05-20"},
    // n-th weekdays of a month (US federal and customary days)
    {"Thanksgiving", "1987-11-26", "2017-11-23", "2024-11-28"},
    {"Memorial Day", "1987-05-25", "2017-05-29", "2024-05-27"},
    {"Labor Day", "1987-09-07", "2017-09-04", "2024-09-02"},
    {"Mother's Day", "1987-05-10", "2017-05-14", "2024-05-12"},
    {"Father’s Day", "1987-06-21", "2017-06-18", "2024-06-16"},
    {"Martin Luther King Jr. Day", "1987-01-19", "2017-01-16", "2024-01-15"},
    {"Election Day", "1987-11-03", "2017-11-07", "2024-11-05"},
    {"Presidents' Day", "1987-02-16", "2017-02-20", "2024-02-19"},
    {"Columbus Day", "1987-10-12", "2017-10-09", "2024-10-14"},
    // fixed days
    {"Christmas", "1987-12-25", "2017-12-25", "2024-12-25"},
    {"Christmas Eve", "1987-12-24", "2017-12-24", "2024-12-24"},
    {"New Year's Day", "1987-01-01", "2017-01-01", "2024-01-01"},
    {"New Year's Eve", "1987-12-31", "2017-12-31", "2024-12-31"},
    {"Independence Day", "1987-07-04", "2017-07-04", "2024-07-04"},
    {"Valentine's Day", "1987-02-14", "2017-02-14", "2024-02-14"},
    {"Halloween", "1987-10-31", "2017-10-31", "2024-10-31"},
    {"Veterans Day", "1987-11-11", "2017-11-11", "2024-11-11"},
    {"Boxing Day", "1987-12-26", "2017-12-26", "2024-12-26"},
    {"Bastille Day", "1987-07-14", "2017-07-14", "2024-07-14"},
    {"May Day", "1987-05-01", "2017-05-01", "2024-05-01"},
    {"St. Patrick's Day", "1987-03-17", "2017-03-17", "2024-03-17"},
    {"Remembrance Day", "1987-11-11", "2017-11-11", "2024-11-11"},
    {"All Saints' Day", "1987-11-01", "2017-11-01", "2024-11-01"},
    {"Juneteenth", "1987-06-19", "2017-06-19", "2024-06-19"},
    {"Canada Day", "1987-07-01", "2017-07-01", "2024-07-01"},
    {"Australia Day", "1987-01-26", "2017-01-26", "2024-01-26"},
    {"Anzac Day", "1987-04-25", "2017-04-25", "2024-04-25"},
    {"Guy Fawkes Night", "1987-11-05", "2017-11-05", "2024-11-05"},
    {"VE Day", "1987-05-08", "2017-05-08", "2024-05-08"},
};

// The value parley gives "NAME YEAR" (one timex covering both), or what it found instead.
std::string tagged(const std::string& name, int year) {
  const std::string text = "The offices close on " + name + " " + std::to_string(year) + ".";
  const auto result = parley::tag(text, parley::parse_dct("2000-06-15"));
  const std::string span = name + " " + std::to_string(year);
  for (const auto& t : result.timexes)
    if (t.text == span) return t.time.value;
  std::string found = "no timex \"" + span + "\"; found:";
  for (const auto& t : result.timexes) found += " \"" + t.text + "\"=" + t.time.value;
  return found;
}

TEST(Holidays, EachFallsOnItsDayIn1987And2017And2024) {
  for (const auto& h : kHolidays) {
    EXPECT_EQ(tagged(h.name, 1987), h.in_1987) << h.name;
    EXPECT_EQ(tagged(h.name, 2017), h.in_2017) << h.name;
    EXPECT_EQ(tagged(h.name, 2024), h.in_2024) << h.name;
  }
}

// Without a year, the holiday is placed by the clause's tense around the DCT.
TEST(Holidays, WithoutAYearTheTensePlacesIt) {
  const auto dct = parley::parse_dct("2017-06-15");
  auto value = [&](const char* text) {
    const auto r = parley::tag(text, dct);
    return r.timexes.empty() ? std::string("none") : r.timexes.front().time.value;
  };
  EXPECT_EQ(value("The talks broke down at Easter."), "2017-04-16");
  EXPECT_EQ(value("The plant will reopen after Labor Day."), "2017-09-04");
  EXPECT_EQ(value("Stores will close on Thanksgiving."), "2017-11-23");
}

}  // namespace
