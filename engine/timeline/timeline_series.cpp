// A series is named the way the article names it ("the Vienna talks"). A round told under another
// name of the same talks ("the Joint Commission meeting ... in Vienna") joins the series named
// after its place, so one negotiation is one series however the article refers to it.
#include "engine/timeline/timeline_series.hpp"

#include <algorithm>
#include <map>

namespace parley::timeline {
namespace {

bool mentions_word(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t p = text.find(word); p != std::string_view::npos; p = text.find(word, p + 1)) {
    bool left = p == 0 || text[p - 1] == ' ' || text[p - 1] == ',';
    bool right = p + word.size() == text.size() || text[p + word.size()] == ' ' || text[p + word.size()] == ',';
    if (left && right) return true;
  }
  return false;
}

}  // namespace

void build_series(Timeline& tl) {
  // names of series the article calls "<Place> talks"
  std::vector<std::string> place_series;
  for (const Event& e : tl.events)
    if (e.series && e.series->name.ends_with(" talks")) place_series.push_back(e.series->name);
  for (Event& e : tl.events) {
    if (!e.series || e.place.empty()) continue;
    if (e.series->name.ends_with(" talks") && !e.series->name.empty()) continue;
    for (const std::string& s : place_series) {
      std::string_view city = std::string_view(s).substr(0, s.size() - 6);
      if (mentions_word(e.place, city)) {
        e.series->name = s;
        break;
      }
    }
  }
  // "The first round ended on October 14": a numbered round with no series named in its sentence
  // belongs to the one series the document names, when it names exactly one
  std::vector<std::string> named;
  for (const Event& e : tl.events)
    if (e.series && !e.series->name.empty() && std::find(named.begin(), named.end(), e.series->name) == named.end())
      named.push_back(e.series->name);
  if (named.size() == 1)
    for (Event& e : tl.events)
      if (e.series && e.series->name.empty() && e.series->round > 0) e.series->name = named.front();
  std::map<std::string, std::map<int, SeriesRound>> by_series;
  for (const Event& e : tl.events) {
    if (!e.series || e.series->round <= 0) continue;
    SeriesRound& r = by_series[e.series->name][e.series->round];
    r.round = e.series->round;
    r.events.push_back(e.id);
    if (e.kind != EventKind::Round || !e.time) continue;
    if (e.phase == Phase::Start || e.phase == Phase::Whole) r.start = e.time;
    if (e.phase == Phase::End || e.phase == Phase::Whole) r.end = e.time;
  }
  for (auto& [name, rounds] : by_series) {
    Series s;
    s.name = name;
    for (auto& [n, r] : rounds) s.rounds.push_back(std::move(r));
    tl.series.push_back(std::move(s));
  }
}

}  // namespace parley::timeline
