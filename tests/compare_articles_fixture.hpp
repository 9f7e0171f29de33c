#pragma once
// Shared by the compare and merge tests: the three reports of the fifth round of the Vienna
// talks in tests/compare_articles/, each read into its own timeline with the real tagger.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parley/document.hpp"
#include "parley/timeline.hpp"

namespace parley::testing {

inline const char* const compare_article_names[] = {"irna-round5", "paper-round5", "wire-round5"};

inline std::string compare_path(const std::string& file) {
  return PARLEY_SOURCE_DIR "/tests/compare_articles/" + file;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One timeline per article, in the order of `names`.
inline std::vector<Timeline> round5_timelines(const std::vector<std::string>& names) {
  std::vector<Timeline> out;
  for (const auto& n : names) {
    Document d = load_document(compare_path(n + ".txt"));
    TimelineInput in{d.id, d.text, d.dct, d.source, nullptr};
    out.push_back(build_timeline(std::span<const TimelineInput>(&in, 1)));
  }
  return out;
}

inline std::vector<std::string> round5_names() { return {std::begin(compare_article_names), std::end(compare_article_names)}; }

}  // namespace parley::testing
