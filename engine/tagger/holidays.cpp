#include "engine/tagger/holidays.hpp"

#include "grammar/lexicon_ids.hpp"

namespace parley::engine {
namespace {

using namespace date;

// Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
sys_days easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{year{y} / month / day};
}

}  // namespace

sys_days holiday_in(int id, int y) {
  namespace h = grammar::holiday_ids;
  const year yy{y};
  switch (id) {
    case h::thanksgiving: return sys_days{yy / November / Thursday[4]};
    case h::easter: return easter_sunday(y);
    case h::good_friday: return easter_sunday(y) - days{2};
    case h::memorial_day: return sys_days{yy / May / Monday[last]};
    case h::labor_day: return sys_days{yy / September / Monday[1]};
    case h::mothers_day: return sys_days{yy / May / Sunday[2]};
    case h::fathers_day: return sys_days{yy / June / Sunday[3]};
    case h::mlk_day: return sys_days{yy / January / Monday[3]};
    case h::election_day: return sys_days{yy / November / Monday[1]} + days{1};  // the Tuesday after the first Monday
    default: return sys_days{yy / month{unsigned(id / 100)} / day{unsigned(id % 100)}};
  }
}

}  // namespace parley::engine
