#pragma once
// The example article's timeline, built once per test program, for the export tests.
#include <algorithm>
#include <string>

#include "tests/timeline_article_fixture.hpp"

namespace parley::testing {

inline const Timeline& vienna_timeline() {
  static const ArticleTimeline article(PARLEY_SOURCE_DIR "/timelines/vienna-talks-round4.txt");
  return article.tl;
}

inline const Event& vienna_event(const std::string& trigger, const std::string& context = {}) {
  const Timeline& tl = vienna_timeline();
  auto it = std::find_if(tl.events.begin(), tl.events.end(), [&](const Event& e) {
    return e.trigger == trigger && (context.empty() || (!e.evidence.empty() && e.evidence[0].text.find(context) != std::string::npos));
  });
  if (it == tl.events.end()) throw std::runtime_error("no event '" + trigger + "'");
  return *it;
}

// A timeline of one undated event with this summary: for what a format must escape.
inline Timeline one_event_timeline(const std::string& summary) {
  Timeline tl;
  Event e;
  e.id = "e1";
  e.summary = summary;
  tl.events.push_back(e);
  return tl;
}

}  // namespace parley::testing
