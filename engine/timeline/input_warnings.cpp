// "Thursday, April 17" when April 17 is a Saturday: the written weekday and the date cannot both
// hold. Read off the tagger's times: one expression holding both ("Thursday, April 17, 2014"), or a
// bare weekday right before a date ("Thursday (April 17)").
#include "engine/timeline/input_warnings.hpp"

#include <array>
#include <cctype>
#include <chrono>

#include <date/date.h>

namespace parley::timeline {
namespace {

constexpr std::array<std::string_view, 7> weekday_names = {"sunday", "monday", "tuesday", "wednesday",
                                                           "thursday", "friday", "saturday"};

// The weekday (0 = Sunday) a text names as a whole word, or -1.
int named_weekday(std::string_view text) {
  std::string l(text);
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t d = 0; d < weekday_names.size(); ++d) {
    const std::size_t at = l.find(weekday_names[d]);
    if (at == std::string::npos) continue;
    const std::size_t end = at + weekday_names[d].size();
    const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(l[at - 1]));
    const bool ends = end == l.size() || !std::isalpha(static_cast<unsigned char>(l[end]));
    if (starts && ends) return static_cast<int>(d);
  }
  return -1;
}

// The day of a full calendar date value ("2014-04-17"), or nothing.
std::optional<date::sys_days> day_of(const ResolvedTime& t) {
  if (t.value.size() != 10 || t.value[4] != '-' || t.value[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  for (std::size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) continue;
    if (!std::isdigit(static_cast<unsigned char>(t.value[i]))) return std::nullopt;
  }
  y = std::stoi(t.value.substr(0, 4));
  m = static_cast<unsigned>(std::stoi(t.value.substr(5, 2)));
  d = static_cast<unsigned>(std::stoi(t.value.substr(8, 2)));
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

bool only_separators(std::string_view between) {
  for (char c : between)
    if (c != ' ' && c != ',' && c != '(' && c != '\n') return false;
  return between.size() <= 3;
}

void check_weekday(std::string_view doc_id, std::string_view written, Span span, int weekday,
                   date::sys_days day, std::vector<InputWarning>& out) {
  const date::weekday actual{day};
  if (static_cast<int>(actual.c_encoding()) == weekday) return;
  InputWarning w;
  w.doc = std::string(doc_id);
  w.kind = "weekday-mismatch";
  w.text = std::string(written);
  w.span = span;
  std::string actual_name(weekday_names[actual.c_encoding()]);
  actual_name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(actual_name[0])));
  w.message = "\"" + w.text + "\": " + date::format("%Y-%m-%d", day) + " is a " + actual_name +
              "; the weekday and the date cannot both hold";
  out.push_back(std::move(w));
}

}  // namespace

void check_input(std::string_view doc_id, std::string_view text, const std::optional<Dct>& dct,
                 const std::vector<Timex>& timexes, std::vector<InputWarning>& out) {
  if (!dct) {
    std::size_t relative = 0;
    for (const Timex& t : timexes) relative += t.time.basis == Basis::Unresolved ? 1 : 0;
    InputWarning w;
    w.doc = std::string(doc_id);
    w.kind = "no-dct";
    w.message = "no document creation time: relative times (\"yesterday\", \"on Thursday\", \"last week\") stay "
                "unresolved and their events undated (" + std::to_string(relative) + " in this document)";
    out.push_back(std::move(w));
  }
  for (std::size_t x = 0; x < timexes.size(); ++x) {
    const Timex& t = timexes[x];
    const int weekday = named_weekday(t.text);
    if (weekday < 0) continue;
    if (auto day = day_of(t.time); day && t.text.size() > weekday_names[static_cast<std::size_t>(weekday)].size() + 2) {
      check_weekday(doc_id, t.text, t.span, weekday, *day, out);
      continue;
    }
    if (x + 1 >= timexes.size()) continue;
    const Timex& next = timexes[x + 1];
    if (next.span.begin < t.span.end || !only_separators(text.substr(t.span.end, next.span.begin - t.span.end))) continue;
    if (named_weekday(next.text) >= 0) continue;
    auto day = day_of(next.time);
    if (!day) continue;
    Span both{t.span.begin, next.span.end, t.span.cp_begin, next.span.cp_end};
    check_weekday(doc_id, text.substr(t.span.begin, next.span.end - t.span.begin), both, weekday, *day, out);
  }
}

}  // namespace parley::timeline
