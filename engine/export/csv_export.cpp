// CSV for spreadsheets, RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled. Bounds stay empty when the text leaves them open.
#include <string>
#include <vector>

#include "engine/export/chronology_plan.hpp"
#include "engine/export/event_facts.hpp"
#include "engine/export/shown_time.hpp"
#include "parley/timeline_export.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void write_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  out += "\r\n";
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace

std::string timeline_to_csv(const Timeline& tl) {
  std::string out;
  write_row(out, {"id", "kind", "headline", "lane", "actors", "series", "round", "phase", "place", "time_text",
                  "value", "shape", "when", "edtf", "earliest", "latest", "granularity", "basis", "order", "evidence",
                  "source"});
  const exporting::ExportLanes lanes = exporting::export_lanes(exporting::plan_chronology(tl));
  for (std::size_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    const auto t = exporting::shown_time(e.time);
    const EventTime none;
    const EventTime& time = e.time ? *e.time : none;
    write_row(out, {e.id, std::string(to_string(e.kind)), exporting::headline_of(e), lanes.names[lanes.of_event[i]],
                    joined(e.actors), e.series ? e.series->name : "",
                    e.series && e.series->round > 0 ? std::to_string(e.series->round) : "",
                    e.phase == Phase::None ? "" : std::string(to_string(e.phase)), e.place, time.text, time.time.value,
                    std::string(exporting::to_string(t.shape)), t.label, t.edtf,
                    t.from ? format_instant(*t.from) : "", t.to ? format_instant(*t.to) : "",
                    e.time ? std::string(to_string(time.time.granularity)) : "", time.basis,
                    std::string(to_string(e.order)), exporting::evidence_sentence_of(e), exporting::source_of(tl, e)});
  }
  return out;
}

}  // namespace parley
