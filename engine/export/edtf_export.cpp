// The timeline YAML with an `edtf` field beside every time: the schema's own writer, asked to add
// the field at the end of each event time and round bound, so there is no second emitter to keep
// in step.
#include "engine/timeline/timeline_yaml.hpp"
#include "parley/timeline_export.hpp"

namespace parley {
namespace {

void add_edtf(output::YamlText& y, const EventTime& time) {
  const std::string edtf = to_edtf(time);
  y.key("edtf");
  if (edtf.empty()) y.null(); else y.value(edtf);
}

}  // namespace

std::string timeline_to_edtf_yaml(const Timeline& tl) {
  TimelineYamlOptions options;
  options.extra_time_fields = add_edtf;
  options.empty_lists_on_key_line = true;
  return timeline_to_yaml(tl, options);
}

}  // namespace parley
