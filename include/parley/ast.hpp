#pragma once
// What the grammar saw: one flat record per candidate expression, filled by the grammar's thin
// semantic actions. It says what was written ("two", "days", "later"); the resolver in engine/
// decides what it means against the DCT and the reference time.

#include <cstdint>

namespace parley::ast {

// Which family of the grammar recognized the expression; the resolver dispatches on it.
enum class Family : std::uint8_t {
  None,
  Date,       // calendar dates and periods: "May 19, 2021", "the 1990s", "the third quarter"
  Time,       // clock times and parts of day: "10 a.m.", "Wednesday evening", "noon"
  Deictic,    // relative to the DCT: "yesterday", "last week", "two days ago", "recently"
  Anaphoric,  // relative to an earlier time: "two days later", "the next day", "that evening"
  Duration,   // "three hours", "more than a decade", "the past three years"
  Set,        // "every Wednesday", "weekly", "twice a month"
  Ordinal     // event ordinals: "the fourth round"
};

enum class Unit : std::uint8_t {
  None, Second, Minute, Hour, Day, Night, Week, Weekend, Fortnight, Month, Quarter, Half, Year,
  Decade, Century
};

enum class PartOfDay : std::uint8_t {
  None, Morning, Afternoon, Evening, Night, Noon, Midnight, Daytime, Overnight
};

enum class Season : std::uint8_t { None, Spring, Summer, Fall, Winter };

// How a relative expression moves from its anchor.
enum class Shift : std::uint8_t {
  None,
  This,       // "this week", "that evening", "the same day"
  Last,       // "last week", "the previous day"
  Next,       // "next week", "the following day"
  Ago,        // "two days ago" (before the DCT)
  FromNow,    // "a week from now"
  Earlier,    // "hours earlier", "a day before" (before the reference time)
  Later,      // "two days later", "a week after"
  Past,       // "the past three years", "recent weeks", "the last two days" (span ending at anchor)
  Coming      // "the coming days", "the next three months" (span starting at anchor)
};

// Single-word deictics whose value is a fixed token or a day offset.
enum class Deixis : std::uint8_t {
  None, Today, Yesterday, Tomorrow, Tonight, Now, Currently, Recently, Past, Future, Present,
  Soon, DayBeforeYesterday, DayAfterTomorrow, Overnight, Lately, Formerly, Nowadays
};

// TIMEX3 mod as written ("early May", "more than a decade", "about three weeks").
enum class Modifier : std::uint8_t {
  None, Start, Mid, End, Approx, MoreThan, LessThan, EqualOrLess, EqualOrMore, Before, After
};

enum class OrdinalKind : std::uint8_t { Number, Latest, Next, Previous, Final, First };

enum class SetQuant : std::uint8_t { None, Every, Each };

inline constexpr int absent = -1;

struct Expression {
  const char* rule = "";  // the named grammar rule that fired, for tests and debugging
  Family family = Family::None;

  // Calendar fields as written; `absent` when not written.
  int year = absent;         // full year (two-digit years are widened by the grammar)
  int decade = absent;       // "the 1990s" -> 199
  int century = absent;      // "the 20th century" -> 19
  int month = absent;        // 1-12
  int day = absent;          // 1-31
  int weekday = absent;      // ISO: 1 = Monday ... 7 = Sunday
  int hour = absent;         // 0-23 after am/pm
  int minute = absent;
  int second = absent;
  int quarter = absent;      // 1-4
  int half = absent;         // 1-2
  int week = absent;         // ISO week number when written ("week 20")
  bool fiscal = false;       // "fiscal 1998", "fiscal third quarter"
  bool two_digit_year = false;
  int zone = absent;         // the zone written after a clock: a row of grammar::zone_infos
  PartOfDay part_of_day = PartOfDay::None;
  Season season = Season::None;

  // Relative structure.
  Unit unit = Unit::None;    // the unit counted or named ("two days", "last week")
  int count = absent;        // how many units; absent = one / unspecified
  bool vague_count = false;  // "several", "a few", "some", bare plural "years"
  double fraction = 0;       // "a half hour", "an hour and a half": added to count
  Unit unit2 = Unit::None;   // "two hours and 15 minutes": the second, smaller unit
  int count2 = absent;
  int count_max = absent;    // "two to three weeks": the top of a range of counts
  int day2 = absent;         // "the weeks of 15 and 22 June": the day that ends a range
  int year2 = absent;        // "1987/88": the year that ends a range
  Shift shift = Shift::None;
  Deixis deixis = Deixis::None;
  Modifier mod = Modifier::None;
  bool definite = false;     // a leading "the" was part of the expression
  bool adjectival = false;   // "two-year", "third-quarter"
  bool holiday = false;      // month/day come from a holiday name
  int holiday_id = absent;   // index into the holiday table for movable feasts

  // Sets.
  SetQuant quant = SetQuant::None;
  int freq = absent;         // "twice a month" -> 2

  // Event ordinals.
  OrdinalKind ordinal_kind = OrdinalKind::Number;
  int ordinal = absent;
  int ordinal_noun = absent; // index into the negotiation-noun table
};

}  // namespace parley::ast
