// The names of the export formats and the one switch that picks an exporter.
#include <array>
#include <utility>

#include "parley/timeline_export.hpp"

namespace parley {
namespace {
constexpr std::array<std::pair<ExportFormat, std::string_view>, 6> names = {{
    {ExportFormat::TimelineJs, "timelinejs"},
    {ExportFormat::Vis, "vis"},
    {ExportFormat::Mermaid, "mermaid"},
    {ExportFormat::Csv, "csv"},
    {ExportFormat::Edtf, "edtf"},
    {ExportFormat::Html, "html"},
}};
}  // namespace

std::string_view to_string(ExportFormat f) {
  for (const auto& [format, name] : names)
    if (format == f) return name;
  return "html";
}

std::optional<ExportFormat> export_format_from_string(std::string_view s) {
  for (const auto& [format, name] : names)
    if (name == s) return format;
  return std::nullopt;
}

std::string export_timeline(const Timeline& tl, ExportFormat f) {
  switch (f) {
    case ExportFormat::TimelineJs: return timeline_to_timelinejs(tl);
    case ExportFormat::Vis: return timeline_to_vis(tl);
    case ExportFormat::Mermaid: return timeline_to_mermaid(tl);
    case ExportFormat::Csv: return timeline_to_csv(tl);
    case ExportFormat::Edtf: return timeline_to_edtf_yaml(tl);
    case ExportFormat::Html: return timeline_to_html(tl);
  }
  return timeline_to_html(tl);
}

}  // namespace parley
