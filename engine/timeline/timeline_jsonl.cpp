// The batch protocol's output line for one document's timeline (parley timeline --jsonl).
// Every mention of a merged event is written as its own event with the event's bounds, so each
// trigger the text holds can be matched against annotated events. Keys are in sorted order, as
// the line has always been written (it was a sorted-key JSON DOM before json_text.hpp).
#include "engine/output/json_text.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

void bound(output::JsonText& j, const std::optional<EventTime>& t, bool earliest) {
  const auto& b = !t ? std::optional<Instant>() : earliest ? t->time.earliest : t->time.latest;
  if (b) j.value(format_instant(*b)); else j.null();
}

}  // namespace

std::string timeline_to_json_line(const Timeline& tl, const std::string& id) {
  output::JsonText j;
  j.open_object().key("events").open_array();
  for (const Event& e : tl.events) {
    for (std::size_t k = 0; k < e.evidence.size(); ++k) {
      const Evidence& ev = e.evidence[k];
      j.open_object();
      if (e.time) j.key("basis").value(e.time->basis);
      j.key("earliest");
      bound(j, e.time, true);
      j.key("id").value(k == 0 ? e.id : e.id + "." + std::to_string(k + 1));
      j.key("kind").value(to_string(e.kind));
      j.key("latest");
      bound(j, e.time, false);
      j.key("order").value(to_string(e.order));
      j.key("salience").value(to_string(e.salience));
      if (e.time && !e.time->text.empty())
        j.key("time").open_object().key("text").value(e.time->text).key("value").value(e.time->time.value).close_object();
      j.key("trigger").open_object()
          .key("end").value(static_cast<std::uint64_t>(ev.span.cp_end))
          .key("start").value(static_cast<std::uint64_t>(ev.span.cp_begin))
          .key("text").value(ev.trigger)
          .close_object();
      j.close_object();
    }
  }
  j.close_array().key("id").value(id).key("relations").open_array();
  for (const Relation& r : tl.relations)
    j.open_object().key("basis").value(r.basis).key("from").value(r.from).key("to").value(r.to)
        .key("type").value(to_string(r.type)).close_object();
  j.close_array().close_object();
  return std::move(j.str());
}

}  // namespace parley
