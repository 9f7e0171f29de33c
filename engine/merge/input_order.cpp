// Inputs sorted by what they are, not by how they were given.
#include "engine/merge/input_order.hpp"

#include <algorithm>
#include <string>

#include "parley/timeline_output.hpp"

namespace parley::merge {

std::string documents_key(const Timeline& t) {
  std::string key;
  for (const auto& d : t.documents) key += d.id + '\x1f' + d.dct + '\x1f' + d.source + '\x1e';
  return key;
}

// Any order of the same inputs gives one order: by their documents, then (identical ids) by content.
void sort_by_documents(std::vector<Timeline>& timelines) {
  std::vector<std::pair<std::string, std::size_t>> keys;
  for (std::size_t i = 0; i < timelines.size(); ++i) keys.emplace_back(documents_key(timelines[i]), i);
  std::sort(keys.begin(), keys.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    return timeline_to_yaml(timelines[x.second]) < timeline_to_yaml(timelines[y.second]);
  });
  std::vector<Timeline> sorted;
  sorted.reserve(timelines.size());
  for (const auto& k : keys) sorted.push_back(std::move(timelines[k.second]));
  timelines = std::move(sorted);
}

}  // namespace parley::merge
