#pragma once
// Reading timelines back: the YAML that `parley timeline` writes (schema `parley: 1`), into the
// model, so that saved timelines can be compared, merged or exported without the articles.
#include <filesystem>
#include <stdexcept>
#include <string>

#include "parley/timeline.hpp"

namespace parley {

// A timeline file that is not YAML, or not the schema. what() names the file and, where known,
// the line: "a.yaml:12: events[3].kind: unknown kind 'talk'".
class TimelineReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `where` names the input in messages. Fields the schema leaves optional may be absent; evidence
// keeps its code-point offsets (byte offsets and trigger text are not in the file: left empty).
Timeline timeline_from_yaml(const std::string& yaml, const std::string& where);
Timeline load_timeline_yaml(const std::filesystem::path& file);

}  // namespace parley
