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
  const year yy{y};
  if (id >= 0) return sys_days{yy / month{unsigned(id / 100)} / day{unsigned(id % 100)}};
  const grammar::MovableHoliday& h = grammar::movable_holidays[-id - 1];
  if (h.rule == grammar::MovableHoliday::Rule::FromEaster) return easter_sunday(y) + days{h.offset};
  const weekday wd{unsigned(h.weekday % 7)};
  const month m{unsigned(h.month)};
  const sys_days d = h.n < 0 ? sys_days{yy / m / wd[last]} : sys_days{yy / m / wd[unsigned(h.n)]};
  return d + days{h.offset};
}

}  // namespace parley::engine
