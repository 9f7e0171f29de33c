// The timeline YAML with an `edtf` field beside every time: the schema's own YAML, re-read as a
// tree so the field lands next to `earliest`/`latest` without a second emitter to keep in step.
#include <yaml-cpp/yaml.h>

#include "parley/timeline_export.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

void add_edtf(YAML::Node node, const std::optional<EventTime>& time) {
  if (!node || !node.IsMap() || !time) return;
  const std::string edtf = to_edtf(*time);
  if (edtf.empty()) node["edtf"] = YAML::Null; else node["edtf"] = edtf;
}

}  // namespace

std::string timeline_to_edtf_yaml(const Timeline& tl) {
  YAML::Node root = YAML::Load(timeline_to_yaml(tl));
  YAML::Node events = root["events"];
  for (std::size_t i = 0; i < tl.events.size(); ++i) add_edtf(events[i]["time"], tl.events[i].time);
  YAML::Node series = root["series"];
  for (std::size_t s = 0; s < tl.series.size(); ++s)
    for (std::size_t r = 0; r < tl.series[s].rounds.size(); ++r) {
      add_edtf(series[s]["rounds"][r]["start"], tl.series[s].rounds[r].start);
      add_edtf(series[s]["rounds"][r]["end"], tl.series[s].rounds[r].end);
    }
  YAML::Emitter y;
  y.SetIndent(2);
  y << root;
  return std::string(y.c_str()) + "\n";
}

}  // namespace parley
