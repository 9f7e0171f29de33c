#pragma once
// Ids and data shared by the lexicon and the engine, kept apart from the symbol tables so the
// engine can use them without including Spirit.
namespace parley::grammar::holiday_ids {
// Fixed-date holidays are month * 100 + day. Movable ones have negative ids: -(k + 1) is row k
// of `movable_holidays` below.
inline constexpr int thanksgiving = -1, easter = -2, memorial_day = -3, labor_day = -4, good_friday = -5,
                     mothers_day = -6, fathers_day = -7, mlk_day = -8, election_day = -9, easter_monday = -10,
                     pentecost = -11, whit_monday = -12, ascension = -13, ash_wednesday = -14, palm_sunday = -15,
                     maundy_thursday = -16, holy_saturday = -17, presidents_day = -18, columbus_day = -19;
}  // namespace parley::grammar::holiday_ids

namespace parley::grammar {

// How a movable feast falls in a year: days from Gregorian Easter Sunday, or the n-th ISO
// weekday of a month (n = -1: the last one), moved by `offset` days ("the Tuesday after the first
// Monday in November" is the first Monday, offset 1).
struct MovableHoliday {
  enum class Rule { FromEaster, NthWeekday } rule;
  int month;    // NthWeekday
  int weekday;  // NthWeekday: ISO, 1 = Monday
  int n;        // NthWeekday: 1..5, or -1 for the last
  int offset;   // days added to the day the rule gives
};
using HolidayRule = MovableHoliday::Rule;
// Row k has id -(k + 1) (holiday_ids). US federal holidays as the law sets them since 1971.
inline constexpr MovableHoliday movable_holidays[] = {
    {HolidayRule::NthWeekday, 11, 4, 4, 0},   // thanksgiving: the fourth Thursday of November
    {HolidayRule::FromEaster, 0, 0, 0, 0},    // easter
    {HolidayRule::NthWeekday, 5, 1, -1, 0},   // memorial_day: the last Monday of May
    {HolidayRule::NthWeekday, 9, 1, 1, 0},    // labor_day: the first Monday of September
    {HolidayRule::FromEaster, 0, 0, 0, -2},   // good_friday
    {HolidayRule::NthWeekday, 5, 7, 2, 0},    // mothers_day: the second Sunday of May (US)
    {HolidayRule::NthWeekday, 6, 7, 3, 0},    // fathers_day: the third Sunday of June
    {HolidayRule::NthWeekday, 1, 1, 3, 0},    // mlk_day: the third Monday of January
    {HolidayRule::NthWeekday, 11, 1, 1, 1},   // election_day: the Tuesday after the first Monday of November
    {HolidayRule::FromEaster, 0, 0, 0, 1},    // easter_monday
    {HolidayRule::FromEaster, 0, 0, 0, 49},   // pentecost (Whit Sunday)
    {HolidayRule::FromEaster, 0, 0, 0, 50},   // whit_monday
    {HolidayRule::FromEaster, 0, 0, 0, 39},   // ascension: the fortieth day of Easter, a Thursday
    {HolidayRule::FromEaster, 0, 0, 0, -46},  // ash_wednesday
    {HolidayRule::FromEaster, 0, 0, 0, -7},   // palm_sunday
    {HolidayRule::FromEaster, 0, 0, 0, -3},   // maundy_thursday
    {HolidayRule::FromEaster, 0, 0, 0, -1},   // holy_saturday
    {HolidayRule::NthWeekday, 2, 1, 3, 0},    // presidents_day: the third Monday of February
    {HolidayRule::NthWeekday, 10, 1, 2, 0},   // columbus_day: the second Monday of October
};

// Time zones written after clock times. A zone with a `tz` name takes its offset, and its
// abbreviation, from the tz database for the date ("Eastern time" is EST in January, EDT in
// July); the others have the fixed offset their abbreviation names. `known` is false for
// "local time", whose offset the text does not say.
struct ZoneInfo {
  const char* abbreviation;
  int offset_minutes;  // east of UTC
  const char* tz;      // IANA name, or nullptr for a fixed offset
  bool known;
};
inline constexpr int zone_utc_id = 0;  // GMT, UTC, Z
inline constexpr ZoneInfo zone_infos[] = {
    {"UTC", 0, nullptr, true},    {"GMT", 0, nullptr, true},    {"EST", -300, nullptr, true},
    {"EDT", -240, nullptr, true}, {"CST", -360, nullptr, true}, {"CDT", -300, nullptr, true},
    {"MST", -420, nullptr, true}, {"MDT", -360, nullptr, true}, {"PST", -480, nullptr, true},
    {"PDT", -420, nullptr, true}, {"BST", 60, nullptr, true},   {"CET", 60, nullptr, true},
    {"CEST", 120, nullptr, true}, {"ET", 0, "America/New_York", true},
    {"PT", 0, "America/Los_Angeles", true}, {"CT", 0, "America/Chicago", true},
    {"MT", 0, "America/Denver", true}, {"local", 0, nullptr, false}, {"JST", 540, nullptr, true},
    {"HKT", 480, nullptr, true},  {"SGT", 480, nullptr, true},  {"AEST", 600, nullptr, true},
    {"AEDT", 660, nullptr, true}, {"MSK", 180, nullptr, true},  {"EET", 120, nullptr, true},
    {"EEST", 180, nullptr, true}, {"WET", 0, nullptr, true},    {"AKST", -540, nullptr, true},
    {"HST", -600, nullptr, true}};
namespace zone_ids {
inline constexpr int utc = 0, gmt = 1, est = 2, edt = 3, cst = 4, cdt = 5, mst = 6, mdt = 7, pst = 8, pdt = 9,
                     bst = 10, cet = 11, cest = 12, eastern = 13, pacific = 14, central = 15, mountain = 16,
                     local = 17, jst = 18, hkt = 19, sgt = 20, aest = 21, aedt = 22, msk = 23, eet = 24, eest = 25,
                     wet = 26, akst = 27, hst = 28;
}  // namespace zone_ids

// Nouns of negotiation that event ordinals count, singular, indexed by the lexicon's values.
inline constexpr const char* negotiation_noun_names[] = {
    "round", "meeting", "session", "summit", "conference", "phase", "stage", "ballot",
    "negotiation", "talks", "plenary", "visit", "consultation", "hearing", "leg", "game", "match",
    "debate", "vote", "trial"};
}  // namespace parley::grammar
