// The batch protocol's output line for one document's timeline (parley timeline --jsonl).
// Every mention of a merged event is written as its own event with the event's bounds, so each
// trigger the text holds can be matched against annotated events.
#include <nlohmann/json.hpp>

#include "parley/timeline_output.hpp"

namespace parley {

std::string timeline_to_json_line(const Timeline& tl, const std::string& id) {
  nlohmann::json events = nlohmann::json::array();
  for (const Event& e : tl.events) {
    for (std::size_t k = 0; k < e.evidence.size(); ++k) {
      const Evidence& ev = e.evidence[k];
      nlohmann::json j;
      j["id"] = k == 0 ? e.id : e.id + "." + std::to_string(k + 1);
      j["kind"] = to_string(e.kind);
      j["trigger"] = {{"start", ev.span.cp_begin}, {"end", ev.span.cp_end}, {"text", ev.trigger}};
      j["earliest"] = e.time && e.time->time.earliest ? nlohmann::json(format_instant(*e.time->time.earliest)) : nullptr;
      j["latest"] = e.time && e.time->time.latest ? nlohmann::json(format_instant(*e.time->time.latest)) : nullptr;
      if (e.time) {
        j["basis"] = e.time->basis;
        if (!e.time->text.empty()) j["time"] = {{"text", e.time->text}, {"value", e.time->time.value}};
      }
      j["order"] = to_string(e.order);
      events.push_back(std::move(j));
    }
  }
  nlohmann::json rel = nlohmann::json::array();
  for (const Relation& r : tl.relations)
    rel.push_back({{"from", r.from}, {"type", to_string(r.type)}, {"to", r.to}, {"basis", r.basis}});
  nlohmann::json line = {{"id", id}, {"events", std::move(events)}, {"relations", std::move(rel)}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace parley
