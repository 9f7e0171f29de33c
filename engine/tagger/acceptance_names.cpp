// Checks on names and case: month and weekday names that are verbs, names or titles,
// newspapers, programmes ("USA Today", ABC's "This Week").
#include "engine/tagger/acceptance_checks.hpp"

#include <algorithm>
#include <array>

#include "engine/tagger/context_words.hpp"

namespace parley::engine::checks {
using namespace words;
namespace {

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

// "compared with March", "up from 5% versus January": a comparison names a period; not "May",
// which after "with" or "against" is as often Theresa May.
bool compared_month(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view before = previous_word(text, begin);
  if (one_of(before, {"than", "versus", "vs"})) return true;
  return one_of(before, {"with", "against"}) && !equals_word(text.substr(begin, end - begin), "may");
}

// "January was a tough month", "June sales rose": a full month name opening a sentence, other
// than "May" (the modal), is the month.
bool month_opens_sentence(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view name = text.substr(begin, end - begin);
  if (name.size() < 4 || name.back() == '.' || equals_word(name, "may") || equals_word(name, "march")) return false;
  // "April Ryan asked", "June Carter sang": a first name before a surname (a headline in
  // capitals, "JANUARY HOUSING SALES", is the month)
  const bool all_caps = is_upper(static_cast<unsigned char>(name[1]));
  if (!all_caps && starts_capitalized_word(text, end)) return false;
  // wire copy wraps lines: one line break is no boundary, a blank line or a full stop is
  std::size_t i = begin;
  int breaks = 0;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r'))
    breaks += text[--i] == '\n';
  if (i == 0 || breaks >= 2) return true;
  return i >= 2 && (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?') &&
         text[i - 2] >= 'a' && text[i - 2] <= 'z';
}

bool starts_with_calendar_name(std::string_view rule) {
  static constexpr std::array<std::string_view, 6> rules{"month", "month-day", "month-year", "month-day-year",
                                                          "weekday", "weekday-month-day"};
  for (auto r : rules)
    if (rule == r) return true;
  return false;
}

}  // namespace

// Month and weekday names in the case and place they are written.
Verdict calendar_names(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // Month and weekday names are proper nouns: a lowercase "may", "march" or "sun" is a verb or a
  // noun. All-caps headlines pass (the first letter is upper case).
  // Lower-case text ("dodge city, april 7 - slaughter cattle") still writes dates: a month with a
  // day or a year after it, or a full weekday name, is a time in any case; a bare month is one
  // after a word that introduces a time (checked below), "may" and "march" never.
  if (starts_with_calendar_name(rule) && !is_upper(first)) {
    const bool numbered = rule != "weekday";
    const bool full_weekday = rule == "weekday" && end - begin >= 6;
    // "on fri.", "until tues.": an abbreviation with its period after a preposition of time (a
    // bare "fri" or "sat" is a name or a verb)
    const bool abbreviated_weekday = rule == "weekday" && text[end - 1] == '.' &&
                                     one_of(previous_word(text, begin), {"on", "by", "until", "till", "since", "from",
                                                                         "through", "before", "after", "next", "last",
                                                                         "this", "late", "early", "each", "every"});
    if (!numbered && !full_weekday && !abbreviated_weekday) return Verdict::Reject;
  }
  if (e.month != ast::absent && has_lowercase_verb_month(text.substr(begin, end - begin))) return Verdict::Reject;
  // "Jan", "Dec" without a period and without a day are names more often than months.
  if (rule == "month" && one_of(text.substr(begin, end - begin), {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                                   "sep", "sept", "oct", "nov", "dec"}))
    return Verdict::Reject;

  // A bare month or weekday is a time after a word that introduces one ("in May", "since
  // Tuesday", "a June agreement"); after a name or at the head of a clause it is a name or a
  // verb ("Theresa May said", "May the best team win", "Reporter April Ryan").
  if (rule == "month" && !one_of_list(previous_word(text, begin), time_introducers) &&
      !compared_month(text, begin, end) && !month_opens_sentence(text, begin, end))
    return Verdict::Reject;
  // Written in lower case, only after a preposition or a "last"/"next": "an august institution".
  if (rule == "month" && !is_upper(first) &&
      !one_of(previous_word(text, begin), {"in", "by", "since", "until", "till", "through", "during", "before",
                                           "after", "from", "to", "last", "this", "next", "early", "late", "mid"}))
    return Verdict::Reject;
  // "The Sunday Times", "The Daily Mail": a capitalized time word inside a title.
  if ((rule == "weekday" || rule == "month" || rule == "frequency-adverb") && is_upper(first) &&
      equals_word(previous_word(text, begin), "the") && starts_capitalized_word(text, end))
    return Verdict::Reject;
  return Verdict::Undecided;
}

// "the sixth NAFTA round": the word between the position and the noun is an acronym as written,
// perhaps followed by a kind of round ("the third EU formal round"); "the fourth consecutive
// round" is no round number.
Verdict round_names(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  if (rule != "ordinal-name-noun") return Verdict::Undecided;
  auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  std::size_t at = end;
  std::string_view w, noun;
  for (int words = 0; words < 3; ++words) {  // the noun, perhaps a kind of round, the name
    while (at > begin && blank(text[at - 1])) --at;
    const std::size_t word_end = at;
    while (at > begin && !blank(text[at - 1])) --at;
    w = text.substr(at, word_end - at);
    if (words == 0) noun = w;
    if (words == 1 && !equals_word(w, "formal") && !equals_word(w, "full") && !equals_word(w, "official") &&
        !equals_word(w, "substantive"))
      break;
  }
  // an acronym names the negotiation or its body ("NAFTA", "GATT", "OPEC", "G-7"); a capitalised
  // word is as often a venue ("the fourth Geneva round" in a report on the Astana talks), and a
  // venue named in passing would number the rounds of the series the report is about
  auto capital_or_sign = [](char c) {
    return !is_alpha(static_cast<unsigned char>(c)) || is_upper(static_cast<unsigned char>(c));
  };
  const auto capitals = std::count_if(w.begin(), w.end(), [](char c) { return is_upper(static_cast<unsigned char>(c)); });
  const bool digit = std::any_of(w.begin(), w.end(), [](char c) { return is_digit(static_cast<unsigned char>(c)); });
  if (capitals + (digit ? 1 : 0) < 2 || !std::all_of(w.begin(), w.end(), capital_or_sign)) return Verdict::Reject;
  // "NEW QUOTA TALKS": an all-capitals headline writes every word as a name would be
  if (!noun.empty() && std::all_of(noun.begin(), noun.end(), capital_or_sign)) return Verdict::Reject;
  return Verdict::Undecided;
}

// A time word that is part of a title or a name.
Verdict titles_and_names(const Candidate& m) {
  const auto& [text, begin, end, e, rule, first] = m;
  // ABC's "This Week," CBS's ''60 Minutes'': a title in quotation marks, every word capitalized.
  if (is_title_in_quotes(text, begin, end)) return Verdict::Reject;

  // "USA Today", "This is VOA Today": a capitalized "Today" right after a capitalized name,
  // inside a sentence, is part of the name (an all-caps headline's "TODAY" is not).
  if ((e.deixis == ast::Deixis::Today || e.deixis == ast::Deixis::Tonight) && rule == "single-word" &&
      is_upper(first) && !is_upper(static_cast<unsigned char>(text[begin + 1])) && begin >= 2 && text[begin - 1] == ' ' &&
      is_alpha(static_cast<unsigned char>(text[begin - 2]))) {
    const std::string_view before = previous_word(text, begin);
    if (!before.empty() && is_upper(static_cast<unsigned char>(before[0]))) return Verdict::Reject;
  }

  // "today's youth", "in today's world": the present in general, which news corpora leave
  // untagged; "today's editions", "today's meeting" are the DCT's day.
  if (e.deixis == ast::Deixis::Today && rule == "single-word" && possessive_after(text, end)) {
    const std::string_view noun = next_word(text, end + (text[end] == '\'' ? 2 : 4));
    if (one_of(noun, {"world", "youth", "society", "generation", "generations", "standards", "terms", "dollars",
                      "culture", "kids", "children", "young", "economy", "technology", "personal", "modern"}))
      return Verdict::Reject;
  }
  return Verdict::Undecided;
}

}  // namespace parley::engine::checks
