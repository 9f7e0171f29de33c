// Range pairing. Two timexes are the ends of a range when only a joiner stands between them and
// the words around say so: a dash ("September 13-15", "September 23 – 27"), "to"/"through"/
// "until" after "from" ("from Sept. 1 to 5", "from Monday to Wednesday"), "and" after "between"
// ("between 1994 and 1997"), a slash between two years ("1987/88"). "April 24 and 25" without
// "between" is two days, not a range, and "moved the talks from Monday to Wednesday" names where
// an event went, not how long it lasted.
#include "engine/tagger/ranges.hpp"

#include <chrono>
#include <optional>
#include <string>

#include <date/date.h>
#include <fmt/format.h>

#include "engine/tagger/context_words.hpp"

namespace parley::engine {
namespace {

using namespace words;
using std::chrono::minutes;
using std::chrono::seconds;

enum class Joiner { None, Dash, SpacedDash, Slash, To, And };

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What stands between two ends: one mark or word and white space, else None.
Joiner joiner_between(std::string_view text, std::size_t a_end, std::size_t b_begin) {
  if (b_begin < a_end) return Joiner::None;
  std::string_view gap = text.substr(a_end, b_begin - a_end);
  const std::size_t spaced = gap.size();
  while (!gap.empty() && is_space(gap.front())) gap.remove_prefix(1);
  while (!gap.empty() && is_space(gap.back())) gap.remove_suffix(1);
  if (gap == "-" || gap == "\xE2\x80\x93" || gap == "\xE2\x80\x94") {  // - – —
    if (spaced == gap.size()) return Joiner::Dash;
    // "March 3 - Jan 31 end": a dateline's dash between spaces; only "September 23 – 27" on one line
    return text.substr(a_end, b_begin - a_end).find('\n') == std::string_view::npos ? Joiner::SpacedDash : Joiner::None;
  }
  if (gap == "/") return Joiner::Slash;
  if (one_of(gap, {"to", "through", "until", "till", "thru"})) return Joiner::To;
  if (equals_word(gap, "and")) return Joiner::And;
  return Joiner::None;
}

// "postponed the talks from Monday to Wednesday", "moved the vote from May to June": the two
// times are where the event was and where it went. Looks back from `pos` to the clause's start.
bool after_moving_verb(std::string_view text, std::size_t pos) {
  static constexpr std::string_view stems[] = {"postpon", "reschedul", "move", "delay", "shift", "push",
                                               "brought", "bring", "switch", "chang", "advanc", "put"};
  std::size_t e = pos;
  for (int words_seen = 0; words_seen < 8 && e > 0; ++words_seen) {
    while (e > 0 && !is_alpha(static_cast<unsigned char>(text[e - 1]))) {
      const char c = text[e - 1];
      if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '!' || c == '?') return false;
      --e;
    }
    std::size_t b = e;
    while (b > 0 && is_alpha(static_cast<unsigned char>(text[b - 1]))) --b;
    const std::string_view w = text.substr(b, e - b);
    for (std::string_view stem : stems)
      if (w.size() >= stem.size() && equals_word(w.substr(0, stem.size()), stem)) return true;
    e = b;
  }
  return false;
}

// The first number of a timex's text ("13", "3", "15th", "the 13th").
int leading_number(std::string_view s) {
  while (!s.empty() && !is_digit(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  int n = 0;
  for (char c : s) {
    if (!is_digit(static_cast<unsigned char>(c))) break;
    n = n * 10 + (c - '0');
  }
  return n;
}

int two_digits(std::string_view s, std::size_t at) {
  if (at + 2 > s.size() || !is_digit(static_cast<unsigned char>(s[at])) || !is_digit(static_cast<unsigned char>(s[at + 1])))
    return -1;
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

// Moves a timex whose value starts with a day (YYYY-MM-DD...) by `delta`: value and bounds.
bool shift_day(ResolvedTime& t, date::days delta) {
  if (!t.earliest || !t.latest || t.value.size() < 10 || t.value[4] != '-' || t.value[7] != '-' ||
      !is_digit(static_cast<unsigned char>(t.value[9])))
    return false;
  *t.earliest += delta;
  *t.latest += delta;
  t.value.replace(0, 10, date::format("%F", date::floor<date::days>(*t.earliest)));
  return true;
}

// "13" before "15th of July": July 13 of the same year. "3" before "5 p.m.": 3 p.m. (the latest
// reading of the number that is still before the end). False when the end is neither.
bool complete_first_number(Timex& first, const Timex& end) {
  const int n = leading_number(first.text);
  const ResolvedTime& e = end.time;
  ResolvedTime t = e;
  t.mod.clear();
  t.begin_point.clear();
  t.end_point.clear();
  const std::size_t clock = e.value.find('T');
  if (e.type == TimexType::Time && clock != std::string::npos && two_digits(e.value, clock + 4) >= 0) {
    const int h2 = two_digits(e.value, clock + 1), m2 = two_digits(e.value, clock + 4);
    if (h2 < 0 || n < 1 || n > 12) return false;
    int h1 = -1;
    for (int h : {n % 12, n % 12 + 12})
      if (h * 60 < h2 * 60 + m2) h1 = h;
    if (h1 < 0) return false;
    t.value = fmt::format("{}{:02}:00", e.value.substr(0, clock + 1), h1);
    const minutes back{h2 * 60 + m2 - h1 * 60};
    if (t.earliest) t.earliest = *e.earliest - back;
    if (t.latest) t.latest = *t.earliest + (*e.latest - *e.earliest);
    t.granularity = Granularity::Minute;
  } else if (e.granularity == Granularity::Day && e.value.size() == 10 && e.value[7] == '-') {
    const int d2 = two_digits(e.value, 8);
    if (d2 < 0 || n < 1 || n >= d2) return false;
    t.value = e.value.substr(0, 8) + fmt::format("{:02}", n);
    const date::days back{d2 - n};
    if (t.earliest) *t.earliest -= back;
    if (t.latest) *t.latest -= back;
  } else {
    return false;
  }
  first.time = std::move(t);
  return true;
}

// Two bare weekdays ("from Monday to Wednesday", "Friday-Sunday") lie in one week: the second is
// the first such day after the first, whatever the tense placed it at on its own.
void same_week(const Timex& first, Timex& second) {
  if (!first.time.earliest || !second.time.earliest) return;
  const auto d1 = date::floor<date::days>(*first.time.earliest);
  const auto d2 = date::floor<date::days>(*second.time.earliest);
  auto ahead = (date::weekday{d2} - date::weekday{d1}).count();
  if (ahead == 0) ahead = 7;
  shift_day(second.time, d1 + date::days{ahead} - d2);
}

// The TIMEX3 duration from the start of `a` to the end of `b`, in the finer end's unit.
std::string duration_value(const ResolvedTime& a, const ResolvedTime& b) {
  const Granularity g = std::min(a.granularity, b.granularity);
  const Instant lo = *a.earliest;
  const Instant hi = *b.latest + seconds{1};  // the end is inclusive
  if (g <= Granularity::Hour) {
    // clock ends are instants: "3 to 5 p.m." lasts two hours
    const auto total = std::chrono::duration_cast<minutes>(*b.earliest - lo).count();
    if (total <= 0) return {};
    const auto h = total / 60, m = total % 60;
    if (m == 0) return fmt::format("PT{}H", h);
    return h == 0 ? fmt::format("PT{}M", m) : fmt::format("PT{}H{}M", h, m);
  }
  const auto hours = std::chrono::duration_cast<std::chrono::hours>(hi - lo).count();
  if (g == Granularity::PartOfDay) return fmt::format("PT{}H", hours);
  const auto day_count = date::floor<date::days>(hi) - date::floor<date::days>(lo);
  if (g == Granularity::Day || g == Granularity::Weekend) return fmt::format("P{}D", day_count.count());
  if (g == Granularity::Week) return fmt::format("P{}W", (day_count.count() + 6) / 7);
  const date::year_month_day y1{date::floor<date::days>(lo)}, y2{date::floor<date::days>(hi)};
  const int months = (static_cast<int>(y2.year()) - static_cast<int>(y1.year())) * 12 +
                     (static_cast<int>(unsigned(y2.month())) - static_cast<int>(unsigned(y1.month())));
  if (g <= Granularity::Half) return fmt::format("P{}M", months);
  if (g <= Granularity::Century) return fmt::format("P{}Y", months / 12);
  return {};
}

// Moves a day by whole years, keeping month and day.
bool shift_year(ResolvedTime& t, int years) {
  if (!t.earliest) return false;
  const auto d = date::year_month_day{date::floor<date::days>(*t.earliest)};
  const auto to = d + date::years{years};
  return to.ok() && shift_day(t, date::sys_days{to} - date::sys_days{d});
}

// How far a stretch [lo, hi] lies from an instant (0 when it holds it).
seconds distance(Instant lo, Instant hi, Instant at) { return at < lo ? lo - at : at > hi ? at - hi : seconds{0}; }

// "from December 20 to January 5", "between March 25 and June 25" told in March: two days without
// their year that the tense placed in the wrong order (each end is placed on its own, and one
// may fall within the few weeks past the DCT a past clause tolerates). An end with a written
// year stays; else the reading nearer the DCT wins: the first a year back, or the second a year
// on. (The clause's tense does not decide: "bought maize for delivery between September 1 and
// December 20" is past, its range is not.)
void order_ends(Timex& a, Timex& b, const std::optional<Dct>& dct) {
  const bool a_free = a.time.basis != Basis::Explicit && a.time.granularity == Granularity::Day;
  const bool b_free = b.time.basis != Basis::Explicit && b.time.granularity == Granularity::Day;
  if (!a_free && !b_free) return;
  if (!a_free || !b_free) {  // the other end has its year written, or cannot move
    if (a_free && b.time.basis == Basis::Explicit) shift_year(a.time, -1);
    if (b_free && a.time.basis == Basis::Explicit) shift_year(b.time, 1);
    return;
  }
  bool move_first = false;
  if (dct) {
    ResolvedTime back = a.time, on = b.time;
    shift_year(back, -1);
    shift_year(on, 1);
    move_first = distance(*back.earliest, *b.time.latest, dct->instant) < distance(*a.time.earliest, *on.latest, dct->instant);
  }
  if (move_first) shift_year(a.time, -1);
  else shift_year(b.time, 1);
}

// "9 a.m." alone: a clock whose day the text does not write (only digits, dots, colons and
// a.m./p.m.).
bool bare_clock(const Timex& t) {
  if (t.time.type != TimexType::Time) return false;
  for (char c : t.text)
    if (is_alpha(static_cast<unsigned char>(c)) && !one_of(std::string_view(&c, 1), {"a", "p", "m"})) return false;
  return true;
}

// Without a DCT the ends keep relative values ("XXXX-09-13", "XXXX-WXX-1", "XXXX-XX-XXT15:00");
// the range's length still follows from them when both are written the same way.
std::string relative_duration(const std::string& a, const std::string& b) {
  auto digits = [](const std::string& v, std::size_t at, std::size_t n) {
    int x = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (i >= v.size() || !is_digit(static_cast<unsigned char>(v[i]))) return -1;
      x = x * 10 + (v[i] - '0');
    }
    return x;
  };
  const std::size_t ta = a.find('T'), tb = b.find('T');
  if (ta != std::string::npos && tb != std::string::npos) {  // clocks of one day
    if (a.substr(0, ta) != b.substr(0, tb)) return {};
    const int m1 = digits(a, ta + 1, 2) * 60 + digits(a, ta + 4, 2), m2 = digits(b, tb + 1, 2) * 60 + digits(b, tb + 4, 2);
    if (digits(a, ta + 1, 2) < 0 || digits(b, tb + 1, 2) < 0 || m2 <= m1) return {};
    const int total = m2 - m1;
    if (total % 60 == 0) return fmt::format("PT{}H", total / 60);
    return total < 60 ? fmt::format("PT{}M", total) : fmt::format("PT{}H{}M", total / 60, total % 60);
  }
  if (a.size() == 10 && b.size() == 10 && a.starts_with("XXXX-WXX-") && b.starts_with("XXXX-WXX-")) {
    const int d1 = digits(a, 9, 1), d2 = digits(b, 9, 1);  // weekdays: the second after the first
    if (d1 < 1 || d2 < 1) return {};
    return fmt::format("P{}D", (d2 - d1 + 6) % 7 + 2);
  }
  if (a.size() == 10 && b.size() == 10 && a.starts_with("XXXX-") && b.starts_with("XXXX-")) {
    const int m1 = digits(a, 5, 2), d1 = digits(a, 8, 2), m2 = digits(b, 5, 2), d2 = digits(b, 8, 2);
    if (m1 < 1 || m2 < 1 || d1 < 1 || d2 < 1 || m1 > 12 || m2 > 12) return {};
    // a leap year stands for the unknown one; an end before the first is in the next year
    const date::sys_days first{date::year{2000} / m1 / d1};
    date::sys_days last{date::year{2000} / m2 / d2};
    if (last < first) last = date::sys_days{date::year{2001} / m2 / d2};
    return fmt::format("P{}D", (last - first).count() + 1);
  }
  return {};
}

bool positional(const Timex& t) { return t.time.type == TimexType::Date || t.time.type == TimexType::Time; }

// Whether timexes a and b (a right before b) are the ends of one range.
bool joined_as_range(std::string_view text, const Timex& a, const Timex& b, std::string_view rule_a,
                     std::string_view rule_b) {
  if (!positional(a) || !positional(b)) return false;
  const std::string_view opener = previous_word(text, a.span.begin);
  switch (joiner_between(text, a.span.end, b.span.begin)) {
    case Joiner::Dash: return true;
    // "from September 23 – 27"; a dash between spaces before a whole date opens a dateline's story
    case Joiner::SpacedDash:
      return rule_b == "range-second-day" || equals_word(opener, "from") || equals_word(opener, "between");
    case Joiner::Slash: return rule_a == "year-slash-year" && rule_b == "year-slash-year-end";
    case Joiner::To:
      if (equals_word(opener, "from"))
        return !after_moving_verb(text, static_cast<std::size_t>(opener.data() - text.data()));
      return rule_a == "range-first-number" || rule_b == "range-second-day";
    case Joiner::And:
      // "the weeks of 15 and 22 June": one stretch only when the weeks follow each other
      if (rule_a == "the-weeks-of-days" && rule_b == "the-weeks-of-days")
        return a.time.latest && b.time.earliest && *a.time.latest + seconds{1} == *b.time.earliest;
      return equals_word(opener, "between");
    case Joiner::None: break;
  }
  return false;
}

// Where the two ends of one match meet: the slash of "1987/88", the "and" of "the weeks of 15
// and 22 June". [first end, second begin) is the joiner.
std::optional<std::pair<std::size_t, std::size_t>> split_point(std::string_view text, const Mention& m) {
  const std::string_view s = text.substr(m.begin, m.end - m.begin);
  if (m.expr.year2 != ast::absent) {
    const auto slash = s.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    return std::pair{m.begin + slash, m.begin + slash + 1};
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && is_alpha(static_cast<unsigned char>(s[i - 1]))) continue;
    for (std::string_view w : {"and", "to", "through"}) {
      if (i + w.size() >= s.size() || !equals_word(s.substr(i, w.size()), w) ||
          is_alpha(static_cast<unsigned char>(s[i + w.size()])))
        continue;
      std::size_t first_end = i, second_begin = i + w.size();
      while (first_end > 0 && is_space(s[first_end - 1])) --first_end;
      while (second_begin < s.size() && is_space(s[second_begin])) ++second_begin;
      return std::pair{m.begin + first_end, m.begin + second_begin};
    }
  }
  return std::nullopt;
}

}  // namespace

void prepare_range_ends(std::string_view text, std::vector<Mention>& mentions) {
  std::vector<Mention> out;
  out.reserve(mentions.size());
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.expr.year2 != ast::absent || m.expr.day2 != ast::absent) {
      if (const auto at = split_point(text, m)) {
        Mention first = m, second = m;
        first.end = at->first;
        first.expr.year2 = first.expr.day2 = ast::absent;
        second.begin = at->second;
        // "88" of "1987/88" names the season's end; the narrative stays at its start (resolver.cpp)
        if (m.expr.year2 != ast::absent)
          second.expr.year = m.expr.year2, second.expr.two_digit_year = false, second.expr.rule = "year-slash-year-end";
        if (m.expr.day2 != ast::absent) second.expr.day = m.expr.day2;
        second.expr.year2 = second.expr.day2 = ast::absent;
        out.push_back(first);
        out.push_back(second);
        continue;
      }
    }
    if (m.expr.rule == std::string_view("range-first-number")) {
      // kept only when its end is the next mention, a day of a month or a clock time
      const Mention* next = k + 1 < mentions.size() ? &mentions[k + 1] : nullptr;
      const bool has_end = next && joiner_between(text, m.end, next->begin) != Joiner::None &&
                           ((next->expr.month != ast::absent && next->expr.day != ast::absent) ||
                            next->expr.hour != ast::absent);
      if (!has_end) continue;
    }
    out.push_back(m);
  }
  mentions = std::move(out);
}

std::vector<TimexRange> pair_ranges(std::string_view text, std::vector<Timex>& timexes,
                                    const std::vector<std::string_view>& rules, int next_id,
                                    const std::optional<Dct>& dct) {
  std::vector<TimexRange> ranges;
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& a = timexes[k];
    Timex& b = timexes[k + 1];
    if (!joined_as_range(text, a, b, rules[k], rules[k + 1])) continue;
    if (rules[k] == "range-first-number" && !complete_first_number(a, b)) continue;
    // "from the 13th to the 15th of July": the first day is in the month the end names
    if (rules[k] == "the-ordinal-day" && b.time.granularity == Granularity::Day && a.time.value != b.time.value &&
        a.time.value.substr(0, 8) != b.time.value.substr(0, 8) && !complete_first_number(a, b))
      continue;
    if (rules[k] == "weekday" && rules[k + 1] == "weekday" && b.time.basis == Basis::Tense) same_week(a, b);
    // "from 9 a.m. to 5 p.m. on Friday": the first clock is on the day the second names
    if (bare_clock(a) && b.time.type == TimexType::Time && !bare_clock(b) && a.time.earliest && b.time.earliest)
      shift_day(a.time, date::floor<date::days>(*b.time.earliest) - date::floor<date::days>(*a.time.earliest));
    // without a DCT "15" of "September 13-15" stays XXXX-XX-15: it is in the first end's month
    if (rules[k + 1] == "range-second-day" && b.time.value.starts_with("XXXX-XX-") && a.time.value.size() == 10 &&
        a.time.value[7] == '-')
      b.time.value.replace(0, 8, a.time.value.substr(0, 8));
    const bool bounded = a.time.earliest && b.time.latest && b.time.earliest;
    if (bounded && *a.time.earliest > *b.time.latest) order_ends(a, b, dct);
    if (bounded && *a.time.earliest > *b.time.latest) continue;
    TimexRange r;
    r.value = bounded ? duration_value(a.time, b.time) : relative_duration(a.time.value, b.time.value);
    if (r.value.empty()) continue;
    r.id = "t" + std::to_string(next_id++);
    r.first = k;
    r.last = k + 1;
    r.span = Span{a.span.begin, b.span.end, a.span.cp_begin, b.span.cp_end};
    r.text = std::string(text.substr(a.span.begin, b.span.end - a.span.begin));
    r.earliest = a.time.earliest;
    r.latest = b.time.latest;
    ranges.push_back(std::move(r));
    ++k;  // an end belongs to one range
  }
  return ranges;
}

}  // namespace parley::engine
