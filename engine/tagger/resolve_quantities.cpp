// Durations and sets: values that measure or repeat rather than place. Durations counted back
// or forward from the DCT ("the past three years") also carry their interval.
#include <cmath>

#include <fmt/format.h>

#include "engine/tagger/context_words.hpp"
#include "engine/tagger/resolver.hpp"

namespace parley::engine {

using E = ast::Expression;
using S = ast::Shift;
constexpr int absent = ast::absent;

std::string vague_duration_value(ast::Unit u);  // resolve_relative.cpp

namespace {

// "P3D", "PT5H", "P2.5Y", "P20Y" (decades are written in years, as TimeML corpora do).
std::string duration_value(ast::Unit u, double n) {
  // Counts come from text with at most three decimals ("7.125 years"): rounding to them keeps
  // binary noise ("9.599999999999998") out of the value.
  auto number = [](double x) {
    x = std::round(x * 1000) / 1000;
    if (std::floor(x) == x) return fmt::format("{}", static_cast<long long>(x));
    return fmt::format("{}", x);
  };
  // Half units are spelled with the next smaller unit: "5 1/2 hours" is PT5H30M, "half an
  // hour" PT30M, "2 1/2 years" P2Y6M. (fmt rather than string +: GCC 12 warns falsely on
  // "literal" + std::string, -Wrestrict.)
  const double w = std::floor(n), rest = n - w;
  // A fraction that is not a whole number of the next smaller unit ("2.4 days" is not a whole
  // number of hours) stays a decimal of its own unit: P2.4D.
  const auto splits = [&](int per) { return std::abs(rest * per - std::round(rest * per)) < 1e-6; };
  const bool whole = rest == 0;
  auto mixed = [&](const char* prefix, const char* big, int per, const char* small) {
    return fmt::format("{}{}{}{}", prefix, w > 0 ? number(w) + big : std::string(), number(rest * per), small);
  };
  switch (u) {
    case ast::Unit::Second: return fmt::format("PT{}S", number(n));
    case ast::Unit::Minute: return whole || !splits(60) ? fmt::format("PT{}M", number(n)) : mixed("PT", "M", 60, "S");
    case ast::Unit::Hour: return whole || !splits(60) ? fmt::format("PT{}H", number(n)) : mixed("PT", "H", 60, "M");
    case ast::Unit::Day: case ast::Unit::Night:
      return whole || !splits(24) ? fmt::format("P{}D", number(n))
                                  : fmt::format("P{}{}H", w > 0 ? number(w) + "DT" : std::string("T"), number(rest * 24));
    case ast::Unit::Week: return fmt::format("P{}W", number(n));
    case ast::Unit::Weekend: return fmt::format("P{}WE", number(n));
    case ast::Unit::Fortnight: return fmt::format("P{}W", number(2 * n));
    case ast::Unit::Month: return fmt::format("P{}M", number(n));
    case ast::Unit::Quarter: return fmt::format("P{}M", number(3 * n));  // quarters are written in months
    case ast::Unit::Half: return fmt::format("P{}M", number(6 * n));
    case ast::Unit::Year: return whole || !splits(12) ? fmt::format("P{}Y", number(n)) : mixed("P", "Y", 12, "M");
    case ast::Unit::Decade: return fmt::format("P{}Y", number(10 * n));
    case ast::Unit::Century: return fmt::format("P{}Y", number(100 * n));
    case ast::Unit::None: break;
  }
  return "PXX";
}

std::string set_period(ast::Unit u, int n) { return duration_value(u, n); }

// "two hours and 15 minutes": both parts, in ISO 8601 order ("PT2H15M", "P1Y6M", "P3DT4H").
std::string compound_duration_value(ast::Unit big, int n_big, ast::Unit small, int n_small) {
  const std::string a = duration_value(big, n_big), b = duration_value(small, n_small);
  const bool a_time = a.rfind("PT", 0) == 0, b_time = b.rfind("PT", 0) == 0;
  if (a_time && b_time) return a + b.substr(2);
  if (!a_time && !b_time) return a + b.substr(1);
  if (!a_time && b_time) return a + b.substr(1);  // "P3D" + "T4H"
  return b + a.substr(1);
}

}  // namespace

// "Islam will one day be ...", "the hope he one day follows": "one day" or "some day" right
// after a modal or a subject pronoun is an indefinite future, not a length of time.
bool Resolver::indefinite_future_day(const Mention& m) const {
  const E& e = m.expr;
  if (e.unit != ast::Unit::Day || e.definite || e.shift != S::None || e.count_max != absent) return false;
  if (!(e.count == 1 || (e.vague_count && e.count == absent))) return false;
  const std::string_view first = words::next_word(text_, m.begin);
  if (!words::equals_word(first, "one") && !words::equals_word(first, "some")) return false;
  return words::one_of(words::previous_word(text_, m.begin),
                       {"will", "would", "may", "might", "could", "can", "should", "must", "shall", "he", "she",
                        "they", "we", "i", "you"});
}

ResolvedTime Resolver::resolve_duration(const Mention& m) {
  const E& e = m.expr;
  if (indefinite_future_day(m)) {
    Mention future = m;
    future.expr = E{};
    future.expr.family = ast::Family::Deictic;
    future.expr.deixis = ast::Deixis::Future;
    return resolve_deictic(future);
  }
  ResolvedTime r;
  r.type = TimexType::Duration;
  r.granularity = granularity_of(e.unit);
  r.basis = Basis::Explicit;
  if (e.unit2 != ast::Unit::None && e.count2 != absent) {
    r.value = compound_duration_value(e.unit, e.count == absent ? 1 : e.count, e.unit2, e.count2);
  } else if (e.vague_count) {
    r.value = vague_duration_value(e.unit);
  } else {
    // "two to three weeks" is written with its lower count, as TBAQ writes two ranges in three
    // (P2W, and "two" of "two to six days" as P2D; "the next 12 to 18 months" is PXM); the
    // interval below reaches the top count.
    const double n = (e.count == absent ? 1 : e.count) + e.fraction;
    r.value = duration_value(e.unit, n);
  }
  // "the past three years" ends at the DCT, "the next two weeks" starts there.
  if ((e.shift == S::Past || e.shift == S::Coming) && e.definite && !e.vague_count && has_dct()) {
    // a range ("the next 12 to 18 months") reaches as far as its top count
    const int n = e.count_max != absent ? e.count_max : e.count == absent ? 1 : e.count;
    const CalendarValue today = day_value(dct_day());
    // "the next 999 centuries" ends past the years a TIMEX3 value can write, and date::year (a
    // short) would wrap around to a year before the DCT: such a span is left unplaced.
    const int dct_year = static_cast<int>(date::year_month_day{dct_day()}.year());
    const long months_per_unit = e.unit == ast::Unit::Century ? 1200 : e.unit == ast::Unit::Decade ? 120
                                 : e.unit == ast::Unit::Year ? 12 : e.unit == ast::Unit::Half ? 6
                                 : e.unit == ast::Unit::Quarter ? 3 : 1;  // a month or less
    const long years = months_per_unit * n / 12 + 1;
    if (e.shift == S::Past ? dct_year - years < 0 : dct_year + years > 9999) return r;
    r.basis = Basis::Dct;
    r.anchor = "dct";
    if (e.shift == S::Past) {
      r.earliest = Instant{shift(today, e.unit, -n).day};
      r.latest = dct_latest();
      r.end_point = "t0";
    } else {
      r.earliest = dct_->instant;
      r.latest = Instant{shift(today, e.unit, n).day};
      r.begin_point = "t0";
    }
  }
  return r;
}

ResolvedTime Resolver::resolve_set(const Mention& m) {
  const E& e = m.expr;
  ResolvedTime r;
  r.type = TimexType::Set;
  r.basis = Basis::Explicit;
  r.granularity = granularity_of(e.unit);
  if (e.quant == ast::SetQuant::Every) r.quant = "EVERY";
  if (e.quant == ast::SetQuant::Each) r.quant = "EACH";
  if (e.freq != absent) r.freq = fmt::format("{}X", e.freq);
  const int n = e.count == absent ? 1 : e.count;
  if (e.weekday != absent) {
    r.value = fmt::format("XXXX-WXX-{}", e.weekday);
    if (e.part_of_day != ast::PartOfDay::None)
      r.value += timex_value(part_of_day_value(date::sys_days{}, e.part_of_day)).substr(10);
    r.granularity = Granularity::Day;
  } else if (e.month != absent && e.day != absent) {
    r.value = fmt::format("XXXX-{:02}-{:02}", e.month, e.day);
    r.granularity = Granularity::Day;
  } else if (e.month != absent) {
    r.value = fmt::format("XXXX-{:02}", e.month);
    r.granularity = Granularity::Month;
  } else if (e.part_of_day != ast::PartOfDay::None) {
    r.value = "XXXX-XX-XX" + timex_value(part_of_day_value(date::sys_days{}, e.part_of_day)).substr(10);
    r.granularity = Granularity::PartOfDay;
  } else if (e.season != ast::Season::None) {
    r.value = "XXXX" + timex_value(season_value(2000, e.season)).substr(4);
    r.granularity = Granularity::Season;
  } else if (e.unit == ast::Unit::Weekend && n == 1) {
    r.value = "XXXX-WXX-WE";
  } else if (e.vague_count) {
    r.value = vague_duration_value(e.unit);
  } else {
    r.value = set_period(e.unit, n);
  }
  return r;
}

}  // namespace parley::engine
