// Checks on numbers and lengths: amounts, rates, years, counts, day ranges, ages.
#include "engine/tagger/acceptance_checks.hpp"

#include <algorithm>

#include "engine/tagger/context_words.hpp"

namespace parley::engine::checks {
using namespace words;
namespace {

// Whether an amount or a count stands just before `pos` ("$2 billion", "24 hours", "four flights").
// A blank line ends the amount: "July 17, 2016\n\nA second round" starts a paragraph, not a rate
// (a single line break is wire copy's wrapping: "12.5 mln barrels\nper day").
bool after_amount(std::string_view text, std::size_t pos) {
  int breaks = 0;
  for (std::size_t i = pos; i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r'); --i)
    if (text[i - 1] == '\n' && ++breaks == 2) return false;
  const std::string_view before = previous_token(text, pos);
  return !before.empty() && (is_digit(static_cast<unsigned char>(before.back())) ||
                             one_of(before, {"million", "billion", "thousand", "hundred", "hours", "flights", "times",
                                             "once", "twice", "cents", "dollars", "percent", "miles", "days", "shares",
                                             "dlrs", "cts", "pct", "tonnes", "tons", "barrels", "bpd", "units",
                                             "people", "stg", "yen", "marks", "francs", "pounds", "vehicles", "cars"}));
}

}  // namespace

// Fractions, rates, bare years and counts too large to be a length.
Verdict amounts(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "almost a quarter of French exports", "half of the shares": a fraction, not a period.
  if (e.family == ast::Family::Duration && (e.unit == ast::Unit::Quarter || e.unit == ast::Unit::Half) &&
      (e.count == ast::absent || e.count == 1) && !e.vague_count && equals_word(next_word(text, end), "of") &&
      (end >= 7 && equals_word(text.substr(end - 7, 7), "quarter")))
    return Verdict::Reject;

  // "$1.76 a year", "24 hours a day", "four flights a week": a rate (a set), not a length of
  // time; and "a year" elsewhere is a length, not a rate.
  const bool article_unit = e.count == 1 && !e.vague_count &&
                            (equals_word(text.substr(begin, 2), "a ") || equals_word(text.substr(begin, 3), "an "));
  if (e.family == ast::Family::Duration && article_unit && after_amount(text, begin)) return Verdict::Reject;
  if (rule == "per-unit" && !after_amount(text, begin)) return Verdict::Reject;
  // "80.0 mln dlrs a year before": a comparison, not a rate
  if (rule == "per-unit" && one_of(next_word(text, end), {"before", "earlier", "ago", "later", "after"})) return Verdict::Reject;

  // A lone four-digit number is a year only when it does not read as an amount or a code:
  // "$1998", "1998%", "No. 1998", "1,998", and only in a plausible range.
  if (rule == "year" || rule == "year-slash-year") {
    if (e.year < 1800 || e.year > 2100) return Verdict::Reject;
    if (begin > 0 && (text[begin - 1] == '$' || text[begin - 1] == '#' || text[begin - 1] == '.' ||
                      text[begin - 1] == ',' || is_digit(static_cast<unsigned char>(text[begin - 1]))))
      return Verdict::Reject;
    if (end < text.size() && (text[end] == '%' || (text[end] == '.' && end + 1 < text.size() &&
                                                   is_digit(static_cast<unsigned char>(text[end + 1])))))
      return Verdict::Reject;
    if (one_of(previous_word(text, begin), {"no", "number", "flight", "route", "model", "room", "page",
                                            "section", "article", "resolution", "chapter"}))
      return Verdict::Reject;
    const auto next = next_word(text, end);
    if (one_of(next, {"percent", "pct", "people", "shares", "tons", "tonnes", "barrels", "dollars", "miles",
                      "feet", "meters", "points", "votes", "troops", "units", "cars", "jobs", "workers",
                      "members", "employees", "acres", "kilometers", "yen", "marks", "francs", "pounds"}))
      return Verdict::Reject;
  }

  // "the 1988 second quarter": a four-digit count is a year, not a number of units; so is the
  // top of a range ("the past two to 1990 years"), which the resolver would shift the DCT by.
  // A count written in words ("two thousand years") is a count; only a duration, which needs no
  // calendar arithmetic, may be that large.
  const bool digits_written = std::any_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                          text.begin() + static_cast<std::ptrdiff_t>(end),
                                          [](char c) { return decided(is_digit(static_cast<unsigned char>(c))); });
  if ((e.family == ast::Family::Anaphoric || e.family == ast::Family::Deictic ||
       (e.family == ast::Family::Duration && digits_written)) &&
      (e.count >= 1000 || e.count_max >= 1000))
    return Verdict::Reject;
  return Verdict::Undecided;
}

// "April 24 and 25", "June 8-10": the bare second day of a range.
Verdict day_ranges(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "April 24 and 25": a bare day number only right after a day of a month and a conjunction.
  if (rule == "range-second-day") {
    // "April 24 and 25", "Nov. 9-10" (a hyphen or an en dash right after the first day)
    std::size_t first_end;
    const std::string_view dash = previous_token(text, begin);
    if (begin >= 2 && text[begin - 1] == '-' && is_digit(static_cast<unsigned char>(text[begin - 2]))) {
      first_end = begin - 1;
    } else if (begin >= 4 && text.substr(begin - 3, 3) == "\xE2\x80\x93" && is_digit(static_cast<unsigned char>(text[begin - 4]))) {
      first_end = begin - 3;
    } else if (dash == "-" || dash == "\xE2\x80\x93") {
      // "September 23 – 27", spaced as some copy has it: a bare number that ends the phrase
      // ("March 11 - 4th qtr", "March 3 - 15 pct" open a dateline's story)
      const std::string_view after = next_word(text, end);
      const bool phrase_ends = end == text.size() || text[end] == '.' || text[end] == ',' || text[end] == ';' ||
                               text[end] == ')' || one_of(after, {"in", "at", "on", "and", "for", "with", "this", "next", "last"});
      if (!is_digit(static_cast<unsigned char>(text[end - 1])) || !phrase_ends) return Verdict::Reject;
      first_end = static_cast<std::size_t>(dash.data() - text.data());
    } else {
      const std::string_view conj = previous_word(text, begin);
      if (!one_of(conj, {"and", "or", "to", "through", "until"})) return Verdict::Reject;
      first_end = static_cast<std::size_t>(conj.data() - text.data());
    }
    std::size_t first_begin = first_end;
    while (first_begin > 0 && is_digit(static_cast<unsigned char>(text[first_begin - 1]))) --first_begin;
    const std::string_view day = first_begin < first_end ? text.substr(first_begin, first_end - first_begin)
                                                         : previous_token(text, first_end);
    if (day.empty() || day.size() > 4 || !is_digit(static_cast<unsigned char>(day[0]))) return Verdict::Reject;
    const std::size_t day_begin = static_cast<std::size_t>(day.data() - text.data());
    const std::string_view month = previous_token(text, day_begin);
    // "the S&P 500 and 5.8%": the first number must be a day of a month, the second not the
    // start of a decimal
    int first_day = 0;
    for (char c : day) {
      if (!is_digit(static_cast<unsigned char>(c))) break;
      first_day = first_day * 10 + (c - '0');
    }
    if (first_day < 1 || first_day > 31) return Verdict::Reject;
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(static_cast<unsigned char>(text[end + 1])))
      return Verdict::Reject;
    if (end < text.size() && text[end] == '%') return Verdict::Reject;
    return decided(is_month_name(month));
  }
  // "from 13 to 15th of July", "between 3 and 5 p.m.": the grammar has seen the joiner and an
  // end with a month or a.m./p.m. after it; what it cannot see is case and order. "between 5
  // and 10 may" is a verb, "between 3 and 5 percent" never reaches here.
  if (rule == "range-first-number") {
    if (begin > 0 && (text[begin - 1] == '$' || text[begin - 1] == '.' || text[begin - 1] == ',' || text[begin - 1] == '#'))
      return Verdict::Reject;
    const int first_number = e.day;
    std::size_t p = end;
    while (p < text.size() && text[p] == ' ') ++p;
    if (p < text.size() && text[p] == '-') {
      ++p;
    } else if (text.substr(p, 3) == "\xE2\x80\x93") {
      p += 3;
    } else {
      const std::string_view joiner = next_word(text, p);
      if (equals_word(joiner, "and") && !equals_word(previous_word(text, begin), "between")) return Verdict::Reject;
      p = static_cast<std::size_t>(joiner.data() - text.data()) + joiner.size();
    }
    while (p < text.size() && text[p] == ' ') ++p;
    int second = 0;
    while (p < text.size() && is_digit(static_cast<unsigned char>(text[p]))) second = second * 10 + (text[p++] - '0');
    if (p < text.size() && text[p] == ':') p += 3;  // "5:30 p.m."
    std::string_view after = next_word(text, p);
    if (after.size() == 2 && one_of(after, {"st", "nd", "rd", "th"}) && after.data() == text.data() + p)
      after = next_word(text, p + 2);
    if (equals_word(after, "of")) after = next_word(text, static_cast<std::size_t>(after.data() - text.data()) + 2);
    if (is_month_name(after)) return decided(first_number < second && second <= 31);  // capitalized: not "may"
    if (one_of(after, {"a", "p", "am", "pm"})) return decided(first_number <= 12 && second <= 12 && first_number != second);
    return Verdict::Reject;
  }
  return Verdict::Undecided;
}

// Ages of people are not times.
Verdict ages(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "Mr. Schwarz, 52 years old,": an age in years describes a person, not a stretch of the
  // story's time; news corpora leave ages untagged (TimeBank+AQUAINT tags 1 of 39). "The
  // strike, now two weeks old" is kept: a short age is how long something has been going on.
  if (e.family == ast::Family::Duration && e.unit == ast::Unit::Year &&
      one_of(next_word(text, end), {"old", "older", "younger"}))
    return Verdict::Reject;
  if (e.family == ast::Family::Duration && end >= 4 && equals_word(text.substr(end - 4, 4), "-old") &&
      (e.unit == ast::Unit::Year ||
       one_of(next_word(text, end), {"son", "daughter", "baby", "boy", "girl", "child", "infant", "brother", "sister",
                                     "grandson", "granddaughter", "twins", "man", "woman", "patient", "victim"})))
    return Verdict::Reject;
  return Verdict::Undecided;
}

// "a second round": an ordinal read as a unit.
Verdict ordinal_units(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // "a second round": "second" is an ordinal, not a unit, when a word follows.
  if (e.unit == ast::Unit::Second && e.count == 1 && e.family == ast::Family::Duration) {
    const auto next = next_word(text, end);
    if (!next.empty()) return Verdict::Reject;
  }
  return Verdict::Undecided;
}

}  // namespace parley::engine::checks
