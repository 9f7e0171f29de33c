#pragma once
// Exports of a timeline for visualization tools, and a built-in HTML view. Each format is one small
// file in engine/export/, all fed from the same model; none invents a date the text does not give:
// open, uncertain and unknown times are written as such in every format. A saved timeline is read
// back with parley/timeline_io.hpp.
#include <optional>
#include <string>
#include <string_view>

#include "parley/timeline.hpp"

namespace parley {

enum class ExportFormat : unsigned char { TimelineJs, Vis, Mermaid, Csv, Edtf, Html };

std::string_view to_string(ExportFormat);
std::optional<ExportFormat> export_format_from_string(std::string_view);

// Knight Lab TimelineJS JSON: {"title", "events": [{"start_date", "end_date", "text", "group", ...}]}.
std::string timeline_to_timelinejs(const Timeline&);
// vis-timeline DataSet JSON: {"items": [...], "groups": [...], "undated": [...]}.
std::string timeline_to_vis(const Timeline&);
// A Mermaid `timeline` block, one section per month (open-ended and undated events apart).
std::string timeline_to_mermaid(const Timeline&);
// One row per event, RFC 4180 (CRLF, quotes doubled), with a header row.
std::string timeline_to_csv(const Timeline&);
// The timeline YAML with an `edtf` field beside every time (ISO 8601-2 / EDTF).
std::string timeline_to_edtf_yaml(const Timeline&);
struct HtmlOptions {
  std::string title;  // replaces the derived one ("Vienna talks, 6 Apr – 2 Jun 2021") when not empty
};
// One self-contained HTML chronology page: a title, an SVG drawing fitted to the main events with
// lanes by series and kind, a side list of what it leaves out, and a table of every event with its
// evidence; no scripts, no network.
std::string timeline_to_html(const Timeline&, const HtmlOptions& = {});

std::string export_timeline(const Timeline&, ExportFormat);

// The EDTF string of a time: "2021-05-19", "2021-05~", "2021-05-19/2021-05-20", "../2021-05-20".
// Empty when the time has no bounds at all (EDTF has no string for "unknown").
std::string to_edtf(const EventTime&);

}  // namespace parley
