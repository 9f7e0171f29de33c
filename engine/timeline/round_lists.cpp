// Rounds told as a list of dates: see round_lists.hpp.
#include "engine/timeline/round_lists.hpp"

#include <array>
#include <chrono>
#include <string_view>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
namespace {

// "two" .. "twelve" or a written number: the count of "the first N rounds" (0 when neither)
int count_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> words = {"two",   "three", "four",   "five",
                                                            "six",   "seven", "eight",  "nine",
                                                            "ten",   "eleven", "twelve"};
  for (std::size_t i = 0; i < words.size(); ++i)
    if (iequals(w, words[i])) return static_cast<int>(i) + 2;
  if (w.empty() || w.size() > 2) return 0;
  int n = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n >= 2 && n <= 30 ? n : 0;
}

// The N of "first N rounds|sessions" among the tokens [first, last) (0 when not told).
int first_rounds_count(const TextUnits& u, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i + 2 < last; ++i) {
    if (!iequals(u.word(i), "first")) continue;
    const int n = count_word(u.word(i + 1));
    const std::string_view noun = u.word(i + 2);
    if (n > 0 && (iequals(noun, "rounds") || iequals(noun, "sessions"))) return n;
  }
  return 0;
}

// Text between two listed dates: only spaces, commas and "and" (", and" too).
bool list_gap(std::string_view gap) {
  std::size_t i = 0;
  while (i < gap.size()) {
    const char c = gap[i];
    if (c == ' ' || c == ',') { ++i; continue; }
    if (gap.substr(i, 3) == "and" && (i + 3 == gap.size() || gap[i + 3] == ' ')) { i += 3; continue; }
    return false;
  }
  return true;
}

struct ListedDate {
  std::size_t first = 0, last = 0;  // timex indices (equal unless a range)
  const TimexRange* range = nullptr;
};

}  // namespace

void split_round_lists(const TextUnits& units, const TagResult& tags, std::vector<Event>& events) {
  const std::size_t told = events.size();
  for (std::size_t i = 0; i < told; ++i) {
    Event& e = events[i];
    if ((e.kind != EventKind::Round && e.kind != EventKind::Meeting) || e.phase != Phase::Whole) continue;
    if (e.tense == Tense::Future || e.tense == Tense::Modal || e.evidence.size() != 1) continue;
    if (e.series && e.series->round > 0) continue;
    const Evidence& ev = e.evidence[0];
    if (ev.sentence == 0 || ev.sentence > units.sentences.size()) continue;
    const Sentence& s = units.sentences[ev.sentence - 1];
    std::size_t trigger = s.first;
    while (trigger < s.last && units.tokens[trigger].begin < ev.span.begin) ++trigger;
    const int n = first_rounds_count(units, s.first, trigger);
    if (n == 0) continue;
    // the dates after the trigger, a range's two ends as one
    std::vector<ListedDate> dates;
    bool clean = true;
    for (std::size_t x = 0; x < tags.timexes.size() && clean; ++x) {
      const Timex& t = tags.timexes[x];
      if (t.span.begin < ev.span.end || t.span.end > s.end) continue;
      ListedDate d{x, x, nullptr};
      for (const TimexRange& r : tags.ranges)
        if (r.first == x) d.last = r.last, d.range = &r;
      if (!dates.empty() && x <= dates.back().last) continue;  // the second end of a range
      const std::size_t gap_from = dates.empty() ? ev.span.end : tags.timexes[dates.back().last].span.end;
      if (!dates.empty() && !list_gap(units.text.substr(gap_from, t.span.begin - gap_from))) clean = false;
      dates.push_back(d);
    }
    if (!clean || dates.size() != static_cast<std::size_t>(n)) continue;
    std::vector<EventTime> times;
    for (const ListedDate& d : dates) {
      const Timex& a = tags.timexes[d.first];
      const Timex& b = tags.timexes[d.last];
      if (a.time.type != TimexType::Date || !a.time.earliest || !b.time.latest ||
          *b.time.latest - *a.time.earliest > std::chrono::hours(24 * 7))
        break;
      EventTime et;
      et.text = std::string(units.text.substr(a.span.begin, b.span.end - a.span.begin));
      et.timex = a.id;
      et.time = a.time;
      et.time.latest = b.time.latest;
      et.basis = "clause";
      et.anchor = a.time.anchor;
      if (d.range) et.range = EventTime::Range{d.range->value, a.time.value, b.time.value};
      times.push_back(std::move(et));
    }
    if (times.size() != dates.size()) continue;
    Event listed = e;  // copied before `e` may move with the vector
    listed.kind = EventKind::Round;
    if (!listed.series) listed.series = SeriesRef{};
    for (int k = 0; k < n; ++k) {
      Event r = listed;
      r.series->round = k + 1;
      r.time = times[static_cast<std::size_t>(k)];
      if (k == 0) events[i] = std::move(r);
      else events.push_back(std::move(r));
    }
  }
}

}  // namespace parley::timeline
