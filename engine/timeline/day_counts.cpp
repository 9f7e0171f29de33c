#include "engine/timeline/day_counts.hpp"

#include <array>
#include <chrono>
#include <string>
#include <string_view>

#include <date/date.h>

#include "engine/timeline/lexicon.hpp"
#include "engine/timeline/round_subject.hpp"

namespace parley::timeline {
namespace {

using namespace std::string_view_literals;

// "second" .. "twelfth" and "2nd" .. "12th": longer rounds are told by their date.
int ordinal_number(std::string_view w) {
  static constexpr std::array<std::string_view, 12> words = {"first"sv, "second"sv, "third"sv,  "fourth"sv,
                                                             "fifth"sv, "sixth"sv,  "seventh"sv, "eighth"sv,
                                                             "ninth"sv, "tenth"sv,  "eleventh"sv, "twelfth"sv};
  for (std::size_t i = 0; i < words.size(); ++i)
    if (iequals(w, words[i])) return static_cast<int>(i) + 1;
  if (w.size() < 3 || w.size() > 4) return 0;
  int n = 0;
  std::size_t i = 0;
  for (; i < w.size() && w[i] >= '0' && w[i] <= '9'; ++i) n = n * 10 + (w[i] - '0');
  if (i == 0 || n > 12) return 0;
  const std::string_view suffix = w.substr(i);
  return (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th")) ? n : 0;
}

bool day_determiner(std::string_view w) {
  return iequals(w, "the") || iequals(w, "its") || iequals(w, "their") || iequals(w, "a");
}

bool enter_form(std::string_view w) {
  return iequals(w, "enter") || iequals(w, "enters") || iequals(w, "entered") || iequals(w, "entering");
}

}  // namespace

int day_ordinal_at(const SentenceReader& r, std::size_t v) {
  if (v <= r.s.first || !iequals(r.w(v), "day")) return 0;
  const int n = ordinal_number(r.w(v - 1));
  return n >= 2 ? n : 0;
}

bool opens_counted_day(const SentenceReader& r, std::size_t v) {
  std::size_t k = v + 1;
  if (k < r.s.last && day_determiner(r.w(k))) ++k;
  return k + 1 < r.s.last && day_ordinal_at(r, k + 1) != 0;
}

CountedTalks talks_of_counted_day(const SentenceReader& r, std::size_t v) {
  // "the second day of the latest round of nuclear negotiations"
  if (v + 2 < r.s.last && r.lower_is(v + 1, "of")) {
    std::size_t last = v + 2;
    while (last + 1 < r.s.last && last - v < 12 && r.is_word(last + 1) && !r.timex_at(last + 1) &&
           !is_clause_word(r.w(last + 1)))
      ++last;
    if (names_talks(r, v + 2, last)) return {v + 2, last};
    return {};
  }
  // "The talks entered their third day", "Iran nuclear talks enter 2nd day"
  std::size_t k = v - 1;  // the ordinal
  if (k > r.s.first && day_determiner(r.w(k - 1))) --k;
  if (k <= r.s.first || !enter_form(r.w(k - 1))) return {};
  std::size_t verb_first = k - 1;
  while (verb_first > r.s.first &&
         (read_auxiliary(r.w(verb_first - 1)) != Auxiliary::None || is_adverb_between_aux(r.w(verb_first - 1))))
    --verb_first;
  const TokenRange subject = round_subject_before(r, verb_first, false);
  if (!subject.empty()) return {subject.first, subject.last};
  // a plain subject: the words right before the verb, back to the clause's start
  std::size_t first = verb_first;
  while (first > r.s.first && verb_first - first < 6 && r.is_word(first - 1) && !is_clause_word(r.w(first - 1))) --first;
  if (first < verb_first && names_talks(r, first, verb_first - 1)) return {first, verb_first - 1};
  return {};
}

void count_back_to_start(EventTime& et, int day) {
  if (day < 2 || !et.time.earliest || !et.time.latest) return;
  const date::days back{day - 1};
  if (et.time.granularity == Granularity::Day && et.time.value.size() == 10) {
    const auto told = date::year_month_day{std::chrono::floor<date::days>(*et.time.earliest)};
    et.time.value = date::format("%Y-%m-%d", date::sys_days{told} - back);
  } else {
    et.time.value.clear();  // a window's value names the day told, not the start
  }
  *et.time.earliest -= back;
  *et.time.latest -= back;
  et.basis = "day " + std::to_string(day) + " of the talks: their start, " + std::to_string(day - 1) +
             (day == 2 ? " day" : " days") + " before (" + (et.text.empty() ? et.basis : et.text) + ")";
}

}  // namespace parley::timeline
