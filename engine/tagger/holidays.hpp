#pragma once
// The day a holiday falls on in a given year: fixed dates and the movable feasts the lexicon names.
#include <date/date.h>

namespace parley::engine {

// `id` is the lexicon's holiday value: month * 100 + day, or a negative id of a movable feast.
date::sys_days holiday_in(int id, int year);

}  // namespace parley::engine
