// A Mermaid `timeline` block. Sections are months; events with only a latest bound come first
// under "Open start", events without any time last under "Time unknown", so no event is put in a
// month the text does not give. Each period is the time in words; its events follow, ':'-separated.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "engine/export/event_facts.hpp"
#include "engine/export/shown_time.hpp"
#include "parley/timeline_export.hpp"

namespace parley {
namespace {

using exporting::Shape;

// Mermaid splits a period's events on ':' and starts comments with '%%'; the text keeps its
// meaning with a look-alike colon and a spaced percent sign.
std::string mermaid_text(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == ':') out += "\xE2\x88\xB6";  // U+2236 RATIO
    else if (c == '\n' || c == '\r') out += ' ';
    else if (c == '#') out += "no. ";
    else if (c == ';') out += ',';
    else out += c;
  }
  return out;
}

struct Entry {
  int section_rank;  // 0 open start, 1 dated, 2 unknown
  Instant sort_time;
  std::string section, period, text;
};

}  // namespace

std::string timeline_to_mermaid(const Timeline& tl) {
  std::vector<Entry> entries;
  for (const Event& e : tl.events) {
    const auto t = exporting::shown_time(e.time);
    Entry entry{1, Instant{}, "", t.label, exporting::headline_of(e) + " (" + e.id + ")"};
    if (t.shape == Shape::Unknown) {
      entry.section_rank = 2;
      entry.section = "Time unknown";
    } else if (t.shape == Shape::OpenStart) {
      entry.section_rank = 0;
      entry.section = "Open start";
      entry.sort_time = *t.to;
    } else {
      entry.sort_time = *t.from;
      entry.section = exporting::month_text(*t.from);
    }
    entries.push_back(std::move(entry));
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.section_rank, a.sort_time) < std::tie(b.section_rank, b.sort_time);
  });
  std::string title;
  for (const auto& d : tl.documents) title += (title.empty() ? "" : ", ") + d.id;
  std::string out = "timeline\n    title " + mermaid_text("Timeline of " + title) + "\n";
  std::string section, period;
  for (const Entry& entry : entries) {
    if (entry.section != section) {
      section = entry.section;
      period.clear();
      out += "    section " + mermaid_text(section) + "\n";
    }
    if (entry.period != period) {
      period = entry.period;
      out += "        " + mermaid_text(period);
    } else {
      out += "        ";  // a continuation line: another event of the same period
    }
    out += " : " + mermaid_text(entry.text) + "\n";
  }
  return out;
}

}  // namespace parley
