// The compare report for a reader: one section per finding, the summary line last.
#include <fmt/format.h>

#include "parley/timeline_compare.hpp"
#include "parley/timeline_output.hpp"

namespace parley {
namespace {

std::string list(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string bound(const std::optional<Instant>& t) { return t ? format_instant(*t) : "~"; }

}  // namespace

std::string compare_report_to_text(const CompareReport& r) {
  std::string out = "Sources:\n";
  for (const ComparedSource& s : r.sources)
    out += fmt::format("  {} ({}): {} events\n", s.id, s.source.empty() ? "no source given" : s.source, s.events);
  out += fmt::format("\nIn all sources ({}):\n", r.in_all.size());
  for (const ComparedEvent& e : r.in_all) out += fmt::format("  {} {}: {}\n", e.id, to_string(e.kind), e.summary);
  out += fmt::format("\nIn some sources ({}):\n", r.in_some.size());
  for (const ComparedEvent& e : r.in_some)
    out += fmt::format("  {} {}: {}\n      in {}; not in {}\n", e.id, to_string(e.kind), e.summary, list(e.sources),
                       list(e.missing));
  out += fmt::format("\nDate conflicts ({}):\n", r.date_conflicts.size());
  for (const DateConflict& d : r.date_conflicts) {
    out += fmt::format("  {}: {}\n", d.event, d.summary);
    for (const DateReading& x : d.readings) {
      out += fmt::format("    {}: {} [{} .. {}]\n", list(x.sources), x.value, bound(x.earliest), bound(x.latest));
      for (const TimeSpan& s : x.spans)
        out += fmt::format("      {} sentence {}: \"{}\" in: {}\n", s.doc, s.sentence, s.text, s.context);
    }
  }
  out += fmt::format("\nOrder conflicts ({}):\n", r.order_conflicts.size());
  for (const OrderConflict& o : r.order_conflicts) {
    out += fmt::format("  {}: {}\n  {}: {}\n", o.first, o.first_summary, o.second, o.second_summary);
    for (const OrderClaim& c : o.first_before_second)
      out += fmt::format("    {} before {}: {} ({})\n", o.first, o.second, c.source, c.basis);
    for (const OrderClaim& c : o.second_before_first)
      out += fmt::format("    {} before {}: {} ({})\n", o.second, o.first, c.source, c.basis);
  }
  out += fmt::format("\nAttribution differences ({}):\n", r.attribution_differences.size());
  for (const AttributionDifference& a : r.attribution_differences) {
    out += fmt::format("  shared words: {}\n", list(a.words));
    for (const Attribution& x : a.attributions)
      out += fmt::format("    {}: {} ({}): \u201C{}\u201D\n", x.source, x.actor, x.event, x.quote);
  }
  out += fmt::format("\nNear misses ({}):\n", r.near_misses.size());
  for (const NearMiss& n : r.near_misses)
    out += fmt::format("  {}: {}, {} (score {})\n", list(n.events), n.rule, n.reason, n.score);
  out += fmt::format("\nRound dissent ({}):\n", r.round_dissent.size());
  auto reading = [&](const DateReading& x, std::string_view label) {
    out += fmt::format("    {} {}: {} [{} .. {}]\n", label, list(x.sources), x.value, bound(x.earliest), bound(x.latest));
    for (const TimeSpan& s : x.spans)
      out += fmt::format("      {} sentence {}: \"{}\" in: {}\n", s.doc, s.sentence, s.text, s.context);
  };
  for (const RoundDissent& d : r.round_dissent) {
    out += fmt::format("  {} round {} {}:\n", d.series, d.round, d.bound);
    reading(d.agreed, "agreed");
    for (const DateReading& x : d.dissent) reading(x, "dissent");
  }
  out += fmt::format("\nNumbering conflicts ({}):\n", r.numbering_conflicts.size());
  for (const NumberingConflict& c : r.numbering_conflicts) {
    out += fmt::format("  {} {}, one session numbered {} ways:\n", c.series, c.bound, c.readings.size());
    for (const NumberedReading& x : c.readings) reading(x.reading, "round " + std::to_string(x.round));
  }
  out += fmt::format("\nInput warnings ({}):\n", r.input_warnings.size());
  for (const SourceWarning& w : r.input_warnings) {
    out += fmt::format("  {} ({}): {}: {}\n", w.doc, w.source, w.kind, w.message);
    if (w.sentence > 0) out += fmt::format("      sentence {}: \"{}\" in: {}\n", w.sentence, w.text, w.context);
  }
  out += "\n" + summary_line(r.summary) + "\n";
  return out;
}

}  // namespace parley
