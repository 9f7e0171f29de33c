// Each check below removes a family of false positives seen in news text; the comment on each
// names the reading it rules out.
#include "engine/acceptance.hpp"

#include <algorithm>
#include <array>

#include "engine/context_words.hpp"

namespace parley::engine {
namespace {
using namespace words;

// "may" and "march" are verbs when written in lower case, wherever they stand in a match.
bool has_lowercase_verb_month(std::string_view span) {
  for (std::size_t i = 0; i < span.size(); ++i) {
    if (i > 0 && is_alpha(static_cast<unsigned char>(span[i - 1]))) continue;
    for (std::string_view verb : {std::string_view("may"), std::string_view("march")}) {
      if (span.substr(i, verb.size()) == verb &&
          (i + verb.size() == span.size() || !is_alpha(static_cast<unsigned char>(span[i + verb.size()]))))
        return true;
    }
  }
  return false;
}

// Words after which a bare month name is a time.
constexpr std::string_view time_introducers[] = {
    "in", "by", "since", "until", "till", "through", "during", "before", "after", "from", "to", "of",
    "last", "this", "next", "early", "late", "mid", "a", "an", "the", "each", "every", "between", "and",
    "or", "for", "on", "around", "about", "into", "throughout", "that", "since", "as", "past", "coming"};

// Whether an amount or a count stands just before `pos` ("$2 billion", "24 hours", "four flights").
bool after_amount(std::string_view text, std::size_t pos) {
  const std::string_view before = previous_token(text, pos);
  return !before.empty() && (is_digit(static_cast<unsigned char>(before.back())) ||
                             one_of(before, {"million", "billion", "thousand", "hundred", "hours", "flights", "times",
                                             "once", "twice", "cents", "dollars", "percent", "miles", "days", "shares",
                                             "dlrs", "cts", "pct", "tonnes", "tons", "barrels", "bpd", "units",
                                             "people", "stg", "yen", "marks", "francs", "pounds", "vehicles", "cars"}));
}

bool starts_with_calendar_name(std::string_view rule) {
  static constexpr std::array<std::string_view, 6> rules{"month", "month-day", "month-year", "month-day-year",
                                                          "weekday", "weekday-month-day"};
  for (auto r : rules)
    if (rule == r) return true;
  return false;
}

}  // namespace

bool accept(std::string_view text, std::size_t begin, std::size_t end, const ast::Expression& e) {
  const std::string_view rule = e.rule;
  const auto first = static_cast<unsigned char>(text[begin]);

  // "day-to-day", "two-year-old", "year-end": the match is only the start of a compound word.
  if (end + 1 < text.size() && text[end] == '-' && is_alpha(static_cast<unsigned char>(text[end + 1])))
    return false;

  // "1,220,000 Year", "2.4 days", "1988/1989": a match that starts inside a larger number.
  if (begin >= 2 && is_digit(first) && (text[begin - 1] == '.' || text[begin - 1] == ',' || text[begin - 1] == '/') &&
      is_digit(static_cast<unsigned char>(text[begin - 2])))
    return false;

  // Month and weekday names are proper nouns: a lowercase "may", "march" or "sun" is a verb or a
  // noun. All-caps headlines pass (the first letter is upper case).
  // Lower-case text ("dodge city, april 7 - slaughter cattle") still writes dates: a month with a
  // day or a year after it, or a full weekday name, is a time in any case; a bare month is one
  // after a word that introduces a time (checked below), "may" and "march" never.
  if (starts_with_calendar_name(rule) && !is_upper(first)) {
    const bool numbered = rule != "weekday";
    const bool full_weekday = rule == "weekday" && end - begin >= 6;
    if (!numbered && !full_weekday) return false;
  }
  if (e.month != ast::absent && has_lowercase_verb_month(text.substr(begin, end - begin))) return false;
  // "Jan", "Dec" without a period and without a day are names more often than months.
  if (rule == "month" && one_of(text.substr(begin, end - begin), {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                                   "sep", "sept", "oct", "nov", "dec"}))
    return false;

  // A bare month or weekday is a time after a word that introduces one ("in May", "since
  // Tuesday", "a June agreement"); after a name or at the head of a clause it is a name or a
  // verb ("Theresa May said", "May the best team win", "Reporter April Ryan").
  if (rule == "month" && !one_of_list(previous_word(text, begin), time_introducers)) return false;
  // Written in lower case, only after a preposition or a "last"/"next": "an august institution".
  if (rule == "month" && !is_upper(first) &&
      !one_of(previous_word(text, begin), {"in", "by", "since", "until", "till", "through", "during", "before",
                                           "after", "from", "to", "last", "this", "next", "early", "late", "mid"}))
    return false;
  // "The Sunday Times", "The Daily Mail": a capitalized time word inside a title.
  if ((rule == "weekday" || rule == "month" || rule == "frequency-adverb") && is_upper(first) &&
      equals_word(previous_word(text, begin), "the") && starts_capitalized_word(text, end))
    return false;

  // "the Communist Party daily Granma": between two names, "daily" is a newspaper; so is a
  // capitalized "Daily" before a name ("Britain's Daily Mirror", "The Weekly Standard").
  if (rule == "frequency-adverb" && starts_capitalized_word(text, end)) {
    const std::string_view before = previous_word(text, begin);
    if (!before.empty() && is_upper(static_cast<unsigned char>(before[0]))) return false;
    if (is_upper(first) && !is_upper(static_cast<unsigned char>(text[begin + 1]))) return false;
  }
  // "a quarterly dividend", "the daily newspaper": a frequency adjective before a noun is not a
  // set of times. "daily" and "weekly" are the exceptions: news corpora annotate "a daily
  // rally", "on a daily basis", "his weekly radio address" as sets.
  const bool daily_or_weekly = equals_word(text.substr(begin, end - begin), "daily") ||
                               equals_word(text.substr(begin, end - begin), "weekly");
  // "average daily volume": a statistic per day, not a recurring time
  if (rule == "frequency-adverb" && one_of(previous_word(text, begin), {"average", "avg"})) return false;
  if (rule == "frequency-adverb" && !daily_or_weekly) {
    if (one_of(previous_word(text, begin), {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my",
                                            "first", "initial", "regular", "latest", "usual", "second", "third",
                                            "fourth", "next", "last", "previous"}))
      return false;
    if (one_of(next_word(text, end), {"dividend", "dividends", "report", "reports", "earnings", "results", "profit",
                                      "payment", "payments", "rate", "newspaper", "basis", "meeting", "meetings", "div", "divs",
                                      "output", "average", "sales", "volume", "flights", "limit"}))
      return false;
  }

  // "almost a quarter of French exports", "half of the shares": a fraction, not a period.
  if (e.family == ast::Family::Duration && (e.unit == ast::Unit::Quarter || e.unit == ast::Unit::Half) &&
      (e.count == ast::absent || e.count == 1) && !e.vague_count && equals_word(next_word(text, end), "of") &&
      (end >= 7 && equals_word(text.substr(end - 7, 7), "quarter")))
    return false;
  // "the long term interests of its shareholders": "the near/long term" is a time after a
  // preposition ("in the long term"), an adjective before a noun.
  if (rule == "the-near-term" &&
      !one_of(previous_word(text, begin), {"in", "over", "for", "during", "into", "through", "within", "beyond", "of"}))
    return false;

  // "$1.76 a year", "24 hours a day", "four flights a week": a rate (a set), not a length of
  // time; and "a year" elsewhere is a length, not a rate.
  const bool article_unit = e.count == 1 && !e.vague_count &&
                            (equals_word(text.substr(begin, 2), "a ") || equals_word(text.substr(begin, 3), "an "));
  if (e.family == ast::Family::Duration && article_unit && after_amount(text, begin)) return false;
  if (rule == "per-unit" && !after_amount(text, begin)) return false;
  // "80.0 mln dlrs a year before": a comparison, not a rate
  if (rule == "per-unit" && one_of(next_word(text, end), {"before", "earlier", "ago", "later", "after"})) return false;

  // A lone four-digit number is a year only when it does not read as an amount or a code:
  // "$1998", "1998%", "No. 1998", "1,998", and only in a plausible range.
  if (rule == "year") {
    if (e.year < 1800 || e.year > 2100) return false;
    if (begin > 0 && (text[begin - 1] == '$' || text[begin - 1] == '#' || text[begin - 1] == '.' ||
                      text[begin - 1] == ',' || is_digit(static_cast<unsigned char>(text[begin - 1]))))
      return false;
    if (end < text.size() && (text[end] == '%' || (text[end] == '.' && end + 1 < text.size() &&
                                                   is_digit(static_cast<unsigned char>(text[end + 1])))))
      return false;
    if (one_of(previous_word(text, begin), {"no", "number", "flight", "route", "model", "room", "page",
                                            "section", "article", "resolution", "chapter"}))
      return false;
    const auto next = next_word(text, end);
    if (one_of(next, {"percent", "pct", "people", "shares", "tons", "tonnes", "barrels", "dollars", "miles",
                      "feet", "meters", "points", "votes", "troops", "units", "cars", "jobs", "workers",
                      "members", "employees", "acres", "kilometers", "yen", "marks", "francs", "pounds"}))
      return false;
  }

  // "the 1988 second quarter": a four-digit count is a year, not a number of units; so is the
  // top of a range ("the past two to 1990 years"), which the resolver would shift the DCT by.
  // A count written in words ("two thousand years") is a count; only a duration, which needs no
  // calendar arithmetic, may be that large.
  const bool digits_written = std::any_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                          text.begin() + static_cast<std::ptrdiff_t>(end),
                                          [](char c) { return is_digit(static_cast<unsigned char>(c)); });
  if ((e.family == ast::Family::Anaphoric || e.family == ast::Family::Deictic ||
       (e.family == ast::Family::Duration && digits_written)) &&
      (e.count >= 1000 || e.count_max >= 1000))
    return false;

  // "April 24 and 25": a bare day number only right after a day of a month and a conjunction.
  if (rule == "range-second-day") {
    // "April 24 and 25", "Nov. 9-10" (a hyphen or an en dash right after the first day)
    std::size_t first_end;
    if (begin >= 2 && text[begin - 1] == '-' && is_digit(static_cast<unsigned char>(text[begin - 2]))) {
      first_end = begin - 1;
    } else if (begin >= 4 && text.substr(begin - 3, 3) == "\xE2\x80\x93" && is_digit(static_cast<unsigned char>(text[begin - 4]))) {
      first_end = begin - 3;
    } else {
      const std::string_view conj = previous_word(text, begin);
      if (!one_of(conj, {"and", "or", "to", "through", "until"})) return false;
      first_end = static_cast<std::size_t>(conj.data() - text.data());
    }
    std::size_t first_begin = first_end;
    while (first_begin > 0 && is_digit(static_cast<unsigned char>(text[first_begin - 1]))) --first_begin;
    const std::string_view day = first_begin < first_end ? text.substr(first_begin, first_end - first_begin)
                                                         : previous_token(text, first_end);
    if (day.empty() || day.size() > 4 || !is_digit(static_cast<unsigned char>(day[0]))) return false;
    const std::size_t day_begin = static_cast<std::size_t>(day.data() - text.data());
    const std::string_view month = previous_token(text, day_begin);
    // "the S&P 500 and 5.8%": the first number must be a day of a month, the second not the
    // start of a decimal
    int first_day = 0;
    for (char c : day) {
      if (!is_digit(static_cast<unsigned char>(c))) break;
      first_day = first_day * 10 + (c - '0');
    }
    if (first_day < 1 || first_day > 31) return false;
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(static_cast<unsigned char>(text[end + 1])))
      return false;
    if (end < text.size() && text[end] == '%') return false;
    return is_month_name(month);
  }

  // "current" is the present only as an adjective before a lower-case word: not "the current
  // was strong", not "the then current price", not accounting's "current account", "current
  // assets" or (Japanese reports) "current profit", not "current on its payments".
  if (rule == "current-adjective") {
    const std::string_view next = next_word(text, end);
    if (next.empty() || is_upper(static_cast<unsigned char>(next[0])) || end >= text.size() || text[end] != ' ')
      return false;
    if (equals_word(previous_word(text, begin), "then")) return false;
    return !one_of(next, {"account", "accounts", "affairs", "assets", "liabilities", "portion", "ratio", "is",
                          "was", "are", "were", "has", "had", "will", "would", "of", "and", "or", "in", "to",
                          "from", "at", "on", "with", "that", "which", "flows", "flow", "carrying", "meter",
                          "density", "profit", "profits"});
  }

  // "Mr. Schwarz, 52 years old,": an age in years describes a person, not a stretch of the
  // story's time; news corpora leave ages untagged (TimeBank+AQUAINT tags 1 of 39). "The
  // strike, now two weeks old" is kept: a short age is how long something has been going on.
  if (e.family == ast::Family::Duration && e.unit == ast::Unit::Year &&
      one_of(next_word(text, end), {"old", "older", "younger"}))
    return false;
  if (e.family == ast::Family::Duration && end >= 4 && equals_word(text.substr(end - 4, 4), "-old") &&
      (e.unit == ast::Unit::Year ||
       one_of(next_word(text, end), {"son", "daughter", "baby", "boy", "girl", "child", "infant", "brother", "sister",
                                     "grandson", "granddaughter", "twins", "man", "woman", "patient", "victim"})))
    return false;

  // ABC's "This Week," CBS's ''60 Minutes'': a title in quotation marks, every word capitalized.
  if (is_title_in_quotes(text, begin, end)) return false;

  // "USA Today", "This is VOA Today": a capitalized "Today" right after a capitalized name,
  // inside a sentence, is part of the name (an all-caps headline's "TODAY" is not).
  if ((e.deixis == ast::Deixis::Today || e.deixis == ast::Deixis::Tonight) && rule == "single-word" &&
      is_upper(first) && !is_upper(static_cast<unsigned char>(text[begin + 1])) && begin >= 2 && text[begin - 1] == ' ' &&
      is_alpha(static_cast<unsigned char>(text[begin - 2]))) {
    const std::string_view before = previous_word(text, begin);
    if (!before.empty() && is_upper(static_cast<unsigned char>(before[0]))) return false;
  }

  // "today's youth", "in today's world": the present in general, which news corpora leave
  // untagged; "today's editions", "today's meeting" are the DCT's day.
  if (e.deixis == ast::Deixis::Today && rule == "single-word" && possessive_after(text, end)) {
    const std::string_view noun = next_word(text, end + (text[end] == '\'' ? 2 : 4));
    if (one_of(noun, {"world", "youth", "society", "generation", "generations", "standards", "terms", "dollars",
                      "culture", "kids", "children", "young", "economy", "technology", "personal", "modern"}))
      return false;
  }

  // "a second round": "second" is an ordinal, not a unit, when a word follows.
  if (e.unit == ast::Unit::Second && e.count == 1 && e.family == ast::Family::Duration) {
    const auto next = next_word(text, end);
    if (!next.empty()) return false;
  }

  // "over the years", "for some time", "in the morning": only after the preposition that makes
  // them a time ("the years of war", "some time next year", "the morning paper" are not)
  if (rule == "the-plural-units")
    return one_of(previous_word(text, begin), {"over", "throughout", "through"}) &&
           !equals_word(next_word(text, end), "of");
  if (rule == "unmeasured-length") return one_of(previous_word(text, begin), {"for", "within", "after"});
  if (rule == "the-part-of-day") {
    const std::string_view next = next_word(text, end);
    return one_of(previous_word(text, begin), {"in", "during"}) && !equals_word(next, "of") &&
           !(end < text.size() && (text[end] == '\'' || text[end] == '-')) &&
           (next.empty() || !is_upper(static_cast<unsigned char>(next[0])) || text[end] != ' ') &&
           !one_of(next, {"paper", "papers", "newspaper", "newspapers", "edition", "session", "sessions", "shift",
                          "news", "show", "hours"});
  }

  // "in the weeks before the shooting"; not "the first days after", "a matter of days before"
  if (rule == "units-before-event") return equals_word(previous_word(text, begin), "the");

  // Bare plurals ("years", "weeks") are durations only after a preposition that measures:
  // "for years", "within weeks"; elsewhere they are usually counted nouns.
  if (rule == "bare-plural-units")
    return one_of(previous_word(text, begin), {"for", "within", "in", "over", "after", "lasted", "last", "lasts", "took", "take", "takes",
                                                   "taken", "spent", "spend", "waited", "wait"});

  // A bare season word is also a verb or a noun ("prices fall", "a hot spring"): take it after
  // a preposition of time only; "the fall of the Wall" is an event.
  if (rule == "season" && !e.definite &&
      !one_of(previous_word(text, begin), {"in", "during", "by", "until", "since", "through", "this", "next", "last"}))
    return false;
  if ((rule == "season" || rule == "the-unit") && equals_word(next_word(text, end), "of")) return false;
  // "the fall in share prices", "the fall was steep": "fall" is a decline unless a word of
  // time sets it ("in the fall", "by early fall", "this fall").
  if (rule == "season" && e.season == ast::Season::Fall && e.mod == ast::Modifier::None &&
      e.shift == ast::Shift::None &&
      !one_of(previous_word(text, begin), {"in", "during", "by", "until", "till", "since", "through", "throughout",
                                           "before", "after", "this", "next", "last", "early", "late", "mid", "that"}))
    return false;

  if (e.deixis == ast::Deixis::Soon && one_of(previous_word(text, begin), {"as", "how"})) return false;
  // "Now, Ms. Conlin said, ...": a capitalized "Now" set off by a comma turns the discourse, it
  // does not date anything
  if (e.deixis == ast::Deixis::Now && first == 'N' && end < text.size() && text[end] == ',') return false;
  // "important to the future of our peoples": the prospects of something, not a time
  if (e.deixis == ast::Deixis::Future && equals_word(next_word(text, end), "of")) return false;
  if (e.deixis == ast::Deixis::Present && rule == "single-word" && !e.definite) {
    // "current" and "present" are adjectives of many nouns; they are times only in "at present"
    // and in "current"'s temporal uses before a period noun (handled by other rules).
    if (equals_word(text.substr(begin, end - begin), "present")) return equals_word(previous_word(text, begin), "at");
    return false;
  }
  return true;
}

}  // namespace parley::engine
