#pragma once
// Shared by the golden timeline tests: loads one article, builds its timeline with the real
// tagger, and finds events and relations by what the article says.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "parley/document.hpp"
#include "parley/tagger.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_output.hpp"

namespace parley::testing {

// The fixtures tests/timeline_articles/collection/NAME.txt, in the order given.
inline std::vector<Document> collection_documents(std::initializer_list<std::string_view> names) {
  std::vector<Document> docs;
  for (const std::string_view n : names)
    docs.push_back(load_document(std::string(PARLEY_SOURCE_DIR "/tests/timeline_articles/collection/") + std::string(n) + ".txt"));
  return docs;
}

// Those fixtures merged into one timeline, as `parley timeline` merges the files.
inline Timeline collection_timeline(std::initializer_list<std::string_view> names) {
  const std::vector<Document> docs = collection_documents(names);
  std::vector<TimelineInput> in;
  for (const Document& d : docs) in.push_back({d.id, d.text, d.dct, d.source, nullptr});
  return build_timeline(in);
}

// The event of `phase` that `doc` alone tells (one piece of evidence), or null.
inline const Event* told_only_by(const Timeline& t, std::string_view doc, Phase phase) {
  for (const Event& e : t.events)
    if (e.phase == phase && e.evidence.size() == 1 && e.evidence[0].doc == doc) return &e;
  return nullptr;
}

struct ArticleTimeline {
  Document doc;
  Timeline tl;

  explicit ArticleTimeline(const std::string& path) : doc(load_document(path)) {
    TimelineInput in{doc.id, doc.text, doc.dct, doc.source, nullptr};
    tl = build_timeline(std::span<const TimelineInput>(&in, 1));
  }

  // The event whose trigger is `trigger` and whose sentence contains `context` (triggers repeat).
  const Event* find(std::string_view trigger, std::string_view context = {}) const {
    auto it = std::find_if(tl.events.begin(), tl.events.end(), [&](const Event& e) {
      return e.trigger == trigger && std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) {
               return ev.text.find(context) != std::string::npos;
             });
    });
    if (it == tl.events.end())  // a mention told again and joined to the event first told
      it = std::find_if(tl.events.begin(), tl.events.end(), [&](const Event& e) {
        return std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) {
          return ev.trigger == trigger && ev.text.find(context) != std::string::npos;
        });
      });
    return it == tl.events.end() ? nullptr : &*it;
  }
  std::size_t position(const Event* e) const { return static_cast<std::size_t>(e - tl.events.data()); }
  bool related(const Event* from, RelationType type, const Event* to) const {
    return std::any_of(tl.relations.begin(), tl.relations.end(), [&](const Relation& r) {
      return r.from == from->id && r.type == type && r.to == to->id;
    });
  }
  const Relation* relation(const Event* from, const Event* to) const {
    auto it = std::find_if(tl.relations.begin(), tl.relations.end(),
                           [&](const Relation& r) { return r.from == from->id && r.to == to->id; });
    return it == tl.relations.end() ? nullptr : &*it;
  }
  const SeriesRound* round(std::string_view series, int number) const {
    for (const Series& s : tl.series)
      if (s.name == series)
        for (const SeriesRound& r : s.rounds)
          if (r.round == number) return &r;
    return nullptr;
  }
};

// One of tests/timeline_articles/, read once per test program.
inline const ArticleTimeline& golden_article(const std::string& file) {
  static std::map<std::string, std::unique_ptr<ArticleTimeline>> cache;
  auto& slot = cache[file];
  if (!slot) slot = std::make_unique<ArticleTimeline>(PARLEY_SOURCE_DIR "/tests/timeline_articles/" + file);
  return *slot;
}

inline std::string earliest(const Event& e) {
  return e.time && e.time->time.earliest ? format_instant(*e.time->time.earliest) : "~";
}
inline std::string latest(const Event& e) {
  return e.time && e.time->time.latest ? format_instant(*e.time->time.latest) : "~";
}

// Event `e` is dated to the whole of `day` ("2024-05-15").
inline void expect_day(const Event* e, std::string_view day) {
  ASSERT_NE(e, nullptr) << "no event for day " << day;
  EXPECT_EQ(earliest(*e), std::string(day) + "T00:00:00");
  EXPECT_EQ(latest(*e), std::string(day) + "T23:59:59");
}

}  // namespace parley::testing
