#pragma once
// The timeline YAML writer behind timeline_to_yaml (parley/timeline_output.hpp), open to outputs
// that are the same YAML with a field more beside each time, so there is one writer to keep.
#include <string>

#include "engine/output/yaml_text.hpp"
#include "parley/timeline.hpp"

namespace parley {

struct TimelineYamlOptions {
  // Appends fields at the end of a time's map: an event's time and a series round's start and
  // end (not the per-source readings of a merged event).
  void (*extra_time_fields)(output::YamlText&, const EventTime&) = nullptr;
  // Writes an empty list as "key: []" rather than "key:" over "[]": what yaml-cpp wrote for a
  // tree read back from the YAML, which is how the EDTF export was first made, and its output
  // has kept that form.
  bool empty_lists_on_key_line = false;
};

std::string timeline_to_yaml(const Timeline&, const TimelineYamlOptions&);

}  // namespace parley
