// Layout first, drawing second: every mark and its label get a horizontal extent, and each goes
// into the first row of its lane where that extent is free. Overlap is impossible by
// construction, whatever the fonts, as long as labels stay within their estimated width, which is
// why the estimate is generous and long labels are shortened (the full text is in the hover title
// and the table). A lane has a bounded number of rows: events placed in order of importance get
// labels while there is room, then marks alone, then a tick in the lane's last row, so that 46
// reports of one negotiation stay one screen high.
#include "engine/export/svg_timeline.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <sstream>
#include <vector>

#include <date/date.h>

#include "engine/export/event_facts.hpp"
#include "engine/export/html_text.hpp"
#include "engine/export/time_axis.hpp"

namespace parley::exporting {
namespace {

constexpr double width = 1000, lane_column = 172, plot_left = 182, plot_right = width - 16;
constexpr double axis_y = 30, strip_top = 36, strip_height = 14, lanes_start = strip_top + strip_height + 8;
constexpr double open_tail = 40;  // px: the drawn length of an open interval
constexpr double row_height = 22, lane_padding = 5, tick_row_height = 14, label_gap = 6, char_width = 7.2;
constexpr std::size_t max_rows = 5, label_chars = 48, short_label_chars = 22;
constexpr std::array<const char*, 6> palette = {"#1f5f99", "#8e44ad", "#2a7f3f", "#a0522d", "#5f6b7a", "#b8860b"};
constexpr const char* conflict_color = "#c0392b";

struct Extent {
  double x0, x1;
  bool overlaps(const Extent& o) const { return x0 < o.x1 && o.x0 < x1; }
};

// One charted event's mark, label and row.
struct Item {
  const PlannedEvent* p = nullptr;
  Extent mark{0, 0};
  bool clipped_left = false, clipped_right = false;  // the event goes on beyond the axis
  std::string label;
  double label_x = 0;
  bool label_end_anchor = false;  // text ends at label_x (placed left of the mark)
  std::size_t row = 0;
  bool tick = false;  // no room for its mark: a tick in the lane's tick row
};

double text_width(const std::string& s) {
  std::size_t chars = 0;
  for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return double(chars) * char_width;
}

// Right of the mark, else left of it, else inside a wide bar; false when there is no room.
bool place_label(Item& it, const std::string& text) {
  const double w = text_width(text);
  const double room_right = plot_right - (it.mark.x1 + label_gap), room_left = (it.mark.x0 - label_gap) - plot_left;
  const double room_inside = it.mark.x1 - it.mark.x0 - 2 * label_gap - 12;  // 12: an open side's arrow
  it.label = text;
  it.label_end_anchor = false;
  if (w <= room_right) it.label_x = it.mark.x1 + label_gap;
  else if (w <= room_left) { it.label_x = it.mark.x0 - label_gap; it.label_end_anchor = true; }
  else if (w <= room_inside) it.label_x = it.mark.x0 + label_gap + 12;
  else { it.label.clear(); return false; }
  return true;
}

Extent occupied(const Item& it) {
  if (it.label.empty()) return {it.mark.x0 - 3, it.mark.x1 + 3};
  const double w = text_width(it.label);
  const double l0 = it.label_end_anchor ? it.label_x - w : it.label_x, l1 = it.label_end_anchor ? it.label_x : it.label_x + w;
  return {std::min(it.mark.x0, l0) - 4, std::max(it.mark.x1, l1) + 4};
}

std::string num(double v) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(1);
  s << v;
  return s.str();
}

std::string iso(Instant t) { return date::format("%FT%TZ", t); }

std::string hover_text(const Timeline& tl, const PlannedEvent& p) {
  std::string s = p.event->id + " · " + headline_of(*p.event) + "\nWhen: " + p.time.label;
  if (!p.time.edtf.empty()) s += " (EDTF " + p.time.edtf + ")";
  if (p.event->time && !p.event->time->basis.empty()) s += "\nWhy: " + p.event->time->basis;
  if (p.conflict) s += "\nSources disagree on this time: see the table";
  if (p.event->sources > 1) s += "\nReported by " + std::to_string(p.event->sources) + " documents";
  s += "\n\n“" + evidence_sentence_of(*p.event) + "”\n— " + source_of(tl, *p.event);
  return html_escaped(s);
}

// Events that say most about the story get labels first: rounds and meetings, then what many
// documents report, then what is pinned to a day.
int importance(const PlannedEvent& p) {
  const Event& e = *p.event;
  int score = int(std::min<std::size_t>(e.sources, 20)) * 4;
  if (e.kind == EventKind::Round) score += 100;
  else if (e.kind == EventKind::Meeting) score += 60;
  if (p.time.shape == Shape::Point) score += 10;
  if (p.conflict) score += 5;
  return score;
}

std::string mark_shape(const Item& it, double y, const std::string& color, std::size_t lane) {
  const std::string pattern = "url(#hatch" + std::to_string(lane % palette.size()) + ")";
  const double x0 = it.mark.x0, x1 = it.mark.x1, h = 12, top = y - h / 2;
  const ShownTime& t = it.p->time;
  if (it.tick)
    return "<rect x=\"" + num((x0 + x1) / 2 - 1.5) + "\" y=\"" + num(y - 5) + "\" width=\"3\" height=\"10\" fill=\"" + color +
           "\"/>";
  auto rect = [&](const std::string& fill, const std::string& extra) {
    return "<rect x=\"" + num(x0) + "\" y=\"" + num(top) + "\" width=\"" + num(std::max(x1 - x0, 1.0)) + "\" height=\"" +
           num(h) + "\" rx=\"2\" fill=\"" + fill + "\" stroke=\"" + color + "\"" + extra + "/>";
  };
  auto arrow_left = [&] { return "<path d=\"M" + num(x0 - 1) + " " + num(y) + " l9 -7 v14 z\" fill=\"" + color + "\"/>"; };
  auto arrow_right = [&] { return "<path d=\"M" + num(x1 + 1) + " " + num(y) + " l-9 -7 v14 z\" fill=\"" + color + "\"/>"; };
  auto bound = [&](double x) {
    return "<line x1=\"" + num(x) + "\" y1=\"" + num(top - 3) + "\" x2=\"" + num(x) + "\" y2=\"" + num(top + h + 3) +
           "\" stroke=\"" + color + "\" stroke-width=\"2.5\"/>";
  };
  std::string s;
  switch (t.shape) {
    case Shape::Point:
      s = "<circle cx=\"" + num((x0 + x1) / 2) + "\" cy=\"" + num(y) + "\" r=\"6\" fill=\"" + color +
          "\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
      if (it.p->conflict)
        s += "<circle class=\"conflict-ring\" cx=\"" + num((x0 + x1) / 2) + "\" cy=\"" + num(y) +
             "\" r=\"9\" fill=\"none\" stroke=\"" + conflict_color + "\" stroke-width=\"2\"/>";
      return s;
    case Shape::Range: s = rect(color, ""); break;
    case Shape::Uncertain: s = rect(pattern, " stroke-width=\"1.2\""); break;
    case Shape::OpenStart: s = rect(pattern, " stroke-dasharray=\"3 2\"") + arrow_left() + bound(x1); break;
    case Shape::OpenEnd: s = rect(pattern, " stroke-dasharray=\"3 2\"") + arrow_right() + bound(x0); break;
    case Shape::Unknown: return {};
  }
  if (it.clipped_left && t.shape != Shape::OpenStart) s += arrow_left();
  if (it.clipped_right && t.shape != Shape::OpenEnd) s += arrow_right();
  if (it.p->conflict)
    s += "<rect class=\"conflict-ring\" x=\"" + num(x0 - 3) + "\" y=\"" + num(top - 3) + "\" width=\"" + num(x1 - x0 + 6) +
         "\" height=\"" + num(h + 6) + "\" rx=\"3\" fill=\"none\" stroke=\"" + conflict_color + "\" stroke-width=\"2\"/>";
  return s;
}

Extent mark_extent(Item& it, const TimeAxis& axis) {
  const ShownTime& t = it.p->time;
  const auto x = [&](Instant i) { return axis.x(i); };
  switch (t.shape) {
    case Shape::Point: {
      const double c = x(*t.from + (*t.to - *t.from) / 2), r = it.p->conflict ? 9 : 6;
      return {c - r, c + r};
    }
    case Shape::Range:
    case Shape::Uncertain: {
      it.clipped_left = *t.from < axis.first();
      it.clipped_right = *t.to > axis.last();
      double x0 = x(*t.from), x1 = x(*t.to);
      if (x1 - x0 < 8) { const double mid = (x0 + x1) / 2; x0 = mid - 4; x1 = mid + 4; }
      return {x0, x1};
    }
    // Only one bound: a short tail into it, its arrow pointing to the open side. A bar to the
    // axis edge would claim the whole period; the tail says "before" or "after" and no more.
    case Shape::OpenStart: return {std::max(plot_left, x(*t.to) - open_tail), x(*t.to)};
    case Shape::OpenEnd: return {x(*t.from), std::min(plot_right, x(*t.from) + open_tail)};
    case Shape::Unknown: break;
  }
  return {0, 0};
}

// A round of a series drawn as one span from its start to its end (or a flag at the one known end).
struct RoundMark {
  const SeriesRound* round = nullptr;
  std::optional<Instant> from, to;
  Extent mark{0, 0};
  std::string label;
  bool label_outside = false;  // beside an open round's flag, away from its open side
  std::size_t row = 0;
  Extent occupied() const {
    if (!label_outside) return {mark.x0 - 2, mark.x1 + 2};
    const double w = text_width(label) + 4;
    return from ? Extent{mark.x0 - 2, mark.x1 + w + 2} : Extent{mark.x0 - w - 2, mark.x1 + 2};
  }
};

std::vector<RoundMark> round_marks(const Timeline& tl, const std::string& series, const TimeAxis& axis) {
  std::vector<RoundMark> out;
  for (const Series& s : tl.series) {
    if (!same_series(s.name, series)) continue;
    for (const SeriesRound& r : s.rounds) {
      RoundMark m;
      m.round = &r;
      if (r.start && r.start->time.earliest) m.from = r.start->time.earliest;
      if (r.end && r.end->time.latest) m.to = r.end->time.latest;
      if (!m.from && !m.to) continue;
      if (m.from && m.to && *m.to < *m.from) continue;  // contradictory ends: the table tells
      const Instant a = m.from.value_or(*m.to), b = m.to.value_or(*m.from);
      if (b < axis.first() || a > axis.last()) continue;
      double x0 = axis.x(a), x1 = axis.x(b);
      if (!m.from || !m.to) {
        x0 = m.from ? x0 : x1 - 14;
        x1 = m.to ? x1 : x0 + 14;
      }
      if (x1 - x0 < 6) { const double mid = (x0 + x1) / 2; x0 = mid - 3; x1 = mid + 3; }
      m.mark = {x0, x1};
      const std::string full = "Round " + std::to_string(r.round), brief = std::to_string(r.round);
      if (!m.from || !m.to) {
        // "Round 6 began" right of its flag, "Round 4 ended" left of it, when the plot has room.
        m.label = full + (m.from ? " began" : " ended");
        m.label_outside = true;
        const Extent e = m.occupied();
        if (e.x0 < plot_left || e.x1 > plot_right) m.label.clear(), m.label_outside = false;
      } else if (x1 - x0 >= text_width(full) + 8) m.label = full;
      else if (x1 - x0 >= text_width(brief) + 6) m.label = brief;
      out.push_back(std::move(m));
    }
  }
  return out;
}

std::size_t first_free_row(std::vector<std::vector<Extent>>& rows, const Extent& e, std::size_t limit) {
  for (std::size_t r = 0; r < limit; ++r) {
    if (r == rows.size()) rows.emplace_back();
    if (std::none_of(rows[r].begin(), rows[r].end(), [&](const Extent& o) { return o.overlaps(e); })) return r;
  }
  return limit;
}

struct LaneLayout {
  std::vector<RoundMark> rounds;
  std::size_t round_rows = 0, event_rows = 0;
  bool ticks = false;
  double top = 0, bottom = 0;
  double round_y(std::size_t row) const { return top + lane_padding + (double(row) + 0.5) * row_height; }
  double event_y(std::size_t row) const { return top + lane_padding + (double(round_rows + row) + 0.5) * row_height; }
  double tick_y() const { return top + lane_padding + double(round_rows + event_rows) * row_height + tick_row_height / 2; }
};

}  // namespace

std::string event_anchor(const std::string& event_id) { return "ev-" + event_id; }

std::string timeline_svg(const Timeline& tl, const ChronologyPlan& plan) {
  const Instant origin = plan.need_from.value_or(plan.publications.empty() ? Instant{} : plan.publications.front());
  const TimeAxis axis(origin, plan.need_to.value_or(origin), plot_left, plot_right);

  // Items in order of importance, packed into their lanes' rows.
  std::vector<Item> items;
  for (const PlannedEvent& p : plan.events)
    if (p.placement == Placement::Chart) {
      Item it;
      it.p = &p;
      items.push_back(std::move(it));
    }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return importance(*a.p) > importance(*b.p); });
  std::vector<LaneLayout> lanes(plan.lanes.size());
  std::vector<std::vector<std::vector<Extent>>> rows(plan.lanes.size());
  for (std::size_t l = 0; l < plan.lanes.size(); ++l) {
    if (plan.lanes[l].series.empty()) continue;
    LaneLayout& lane = lanes[l];
    lane.rounds = round_marks(tl, plan.lanes[l].series, axis);
    std::vector<std::vector<Extent>> round_rows;
    for (RoundMark& m : lane.rounds) {
      m.row = first_free_row(round_rows, m.occupied(), 2);
      if (m.row == 2) {  // overlapping rounds (contradictory dates in the model): drawn, unlabelled
        m.row = 1;
        m.label.clear();
        m.label_outside = false;
      }
      round_rows[m.row].push_back(m.occupied());
      lane.round_rows = std::max(lane.round_rows, m.row + 1);
    }
  }
  for (Item& it : items) {
    it.mark = mark_extent(it, axis);
    auto& lane_rows = rows[it.p->lane];
    const std::string headline = headline_of(*it.p->event);
    std::size_t r = max_rows;
    for (const std::size_t chars : {label_chars, short_label_chars}) {
      if (!place_label(it, shortened(headline, chars))) continue;
      if ((r = first_free_row(lane_rows, occupied(it), max_rows)) < max_rows) break;
    }
    if (r == max_rows) {
      it.label.clear();
      r = first_free_row(lane_rows, occupied(it), max_rows);
    }
    if (r == max_rows) {
      it.tick = true;
      lanes[it.p->lane].ticks = true;
      continue;
    }
    lane_rows[r].push_back(occupied(it));
    it.row = r;
    lanes[it.p->lane].event_rows = std::max(lanes[it.p->lane].event_rows, r + 1);
  }
  double y = lanes_start;
  for (LaneLayout& lane : lanes) {
    lane.top = y;
    const std::size_t text_rows = std::max<std::size_t>(lane.round_rows + lane.event_rows, 1);
    lane.bottom = y + double(text_rows) * row_height + (lane.ticks ? tick_row_height : 0) + 2 * lane_padding;
    y = lane.bottom;
  }
  const double plot_bottom = y, height = plot_bottom + 12;
  std::size_t total_rows = 0;
  for (const LaneLayout& lane : lanes) total_rows += lane.round_rows + lane.event_rows + (lane.ticks ? 1 : 0);

  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"" + num(width) + "\" height=\"" +
                  num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" role=\"img\" aria-label=\"" +
                  html_escaped(plan.title) + "\" data-axis-from=\"" + iso(axis.first()) + "\" data-axis-to=\"" +
                  iso(axis.last()) + "\"" +
                  (plan.need_from ? " data-need-from=\"" + iso(*plan.need_from) + "\" data-need-to=\"" + iso(*plan.need_to) + "\"" : "") +
                  " data-lanes=\"" + std::to_string(plan.lanes.size()) + "\" data-rows=\"" +
                  std::to_string(total_rows) + "\">\n<defs>\n";
  for (std::size_t i = 0; i < palette.size(); ++i)
    s += "<pattern id=\"hatch" + std::to_string(i) +
         "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" "
         "height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" +
         std::string(palette[i]) + "\" stroke-width=\"2.2\" stroke-opacity=\"0.55\"/></pattern>\n";
  s += "</defs>\n";
  // Lanes: alternating bands with their names at the left.
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    s += "<rect class=\"lane\" data-lane=\"" + html_escaped(plan.lanes[i].name) + "\" x=\"0\" y=\"" + num(lanes[i].top) +
         "\" width=\"" + num(width) + "\" height=\"" + num(lanes[i].bottom - lanes[i].top) + "\" fill=\"" +
         (i % 2 ? "#ffffff" : "#f3f5f8") + "\"/>\n";
    s += "<text class=\"lane-name\" x=\"10\" y=\"" + num(lanes[i].top + lane_padding + row_height / 2 + 4) + "\" fill=\"" +
         palette[i % palette.size()] + "\"><title>" + html_escaped(plan.lanes[i].name) + "</title>" +
         html_escaped(shortened(plan.lanes[i].name, std::size_t((lane_column - 16) / char_width))) + "</text>\n";
  }
  // Axis: ticks with grid lines through the lanes.
  for (const Tick& t : axis.ticks(90)) {
    const double x = axis.x(t.at);
    s += "<line class=\"grid\" x1=\"" + num(x) + "\" y1=\"" + num(axis_y) + "\" x2=\"" + num(x) + "\" y2=\"" +
         num(plot_bottom) + "\"/><text class=\"tick\" x=\"" + num(x) + "\" y=\"" + num(axis_y - 9) +
         "\" text-anchor=\"middle\">" + html_escaped(t.label) + "</text>\n";
  }
  s += "<line class=\"axis\" x1=\"" + num(plot_left) + "\" y1=\"" + num(axis_y) + "\" x2=\"" + num(plot_right) + "\" y2=\"" +
       num(axis_y) + "\"/>\n";
  // Publication days: one bar a day, as high as the number of documents published that day,
  // so that 46 reports read as a density and never as one red block.
  if (!plan.publications.empty()) {
    std::map<date::sys_days, std::size_t> per_day;
    std::size_t outside = 0;
    for (const Instant d : plan.publications) {
      if (d < axis.first() || d > axis.last()) ++outside;
      else ++per_day[std::chrono::floor<date::days>(d)];
    }
    std::size_t most = 1;
    for (const auto& [day, n] : per_day) most = std::max(most, n);
    const double day_px = std::max(2.0, axis.x(axis.first() + date::days(1)) - axis.x(axis.first()) - 1);
    s += "<g class=\"publications\" data-published=\"" + std::to_string(plan.publications.size()) + "\" data-outside=\"" +
         std::to_string(outside) + "\"><text class=\"strip-name\" x=\"10\" y=\"" + num(strip_top + strip_height - 2) +
         "\">Published</text>\n";
    for (const auto& [day, n] : per_day) {
      const double x = axis.x(day + std::chrono::hours(12)), h = 3 + (strip_height - 3) * double(n) / double(most);
      s += "<rect class=\"published\" x=\"" + num(std::max(plot_left, x - day_px / 2)) + "\" y=\"" +
           num(strip_top + strip_height - h) + "\" width=\"" + num(std::min(day_px, 14.0)) + "\" height=\"" + num(h) +
           "\"><title>" + day_text(day) + ": " + std::to_string(n) + (n == 1 ? " document" : " documents") +
           " published</title></rect>\n";
    }
    s += "</g>\n";
  }
  // Rounds: spans from start to end, linked to the event that states the start (or the end).
  for (std::size_t l = 0; l < lanes.size(); ++l) {
    const std::string color = palette[l % palette.size()];
    for (const RoundMark& m : lanes[l].rounds) {
      const double ry = lanes[l].round_y(m.row), top = ry - 8;
      const bool both = m.from && m.to;
      const std::string first_event = m.round->events.empty() ? std::string() : m.round->events.front();
      s += "<a href=\"#" + html_escaped(event_anchor(first_event)) + "\"><g class=\"" +
           (both ? "round-span" : "round-open") + "\" data-series=\"" + html_escaped(plan.lanes[l].series) +
           "\" data-round=\"" + std::to_string(m.round->round) + "\"" +
           (m.from ? " data-from=\"" + iso(*m.from) + "\"" : "") + (m.to ? " data-to=\"" + iso(*m.to) + "\"" : "") +
           "><title>" + html_escaped(plan.lanes[l].series + ", round " + std::to_string(m.round->round) + ": " +
                                     (m.from ? day_text(*m.from) : std::string("start not stated")) + " – " +
                                     (m.to ? day_text(*m.to) : std::string("end not stated"))) +
           "</title><rect x=\"" + num(m.mark.x0) + "\" y=\"" + num(top) + "\" width=\"" + num(m.mark.x1 - m.mark.x0) +
           "\" height=\"16\" rx=\"3\" fill=\"" + color + "\" fill-opacity=\"" + (both ? "0.85" : "0.35") + "\"/>";
      if (m.label_outside)
        s += "<text class=\"label\" x=\"" + num(m.from ? m.mark.x1 + 4 : m.mark.x0 - 4) + "\" y=\"" + num(ry + 4) + "\"" +
             (m.from ? "" : " text-anchor=\"end\"") + ">" + html_escaped(m.label) + "</text>";
      else if (!m.label.empty())
        s += "<text class=\"round-label\" x=\"" + num((m.mark.x0 + m.mark.x1) / 2) + "\" y=\"" + num(ry + 4) +
             "\" text-anchor=\"middle\">" + html_escaped(m.label) + "</text>";
      s += "</g></a>\n";
    }
  }
  // Marks: one linked group per charted event, found by tests and scripts through data-event.
  for (const Item& it : items) {
    const LaneLayout& lane = lanes[it.p->lane];
    const double my = it.tick ? lane.tick_y() : lane.event_y(it.row);
    const std::string color = palette[it.p->lane % palette.size()];
    const ShownTime& t = it.p->time;
    s += "<a href=\"#" + html_escaped(event_anchor(it.p->event->id)) + "\"><g class=\"event " +
         std::string(to_string(t.shape)) + (it.p->conflict ? " conflict" : "") + (it.tick ? " tick" : "") +
         "\" data-event=\"" + html_escaped(it.p->event->id) + "\"" +
         (t.from ? " data-from=\"" + iso(*t.from) + "\"" : "") + (t.to ? " data-to=\"" + iso(*t.to) + "\"" : "") +
         (it.p->fixes_axis ? " data-fixes-axis=\"1\"" : "") + "><title>" + hover_text(tl, *it.p) + "</title>" +
         mark_shape(it, my, color, it.p->lane);
    if (!it.label.empty())
      s += "<text class=\"label\" x=\"" + num(it.label_x) + "\" y=\"" + num(my + 4) + "\"" +
           (it.label_end_anchor ? " text-anchor=\"end\"" : "") + ">" + html_escaped(it.label) + "</text>";
    s += "</g></a>\n";
  }
  s += "</svg>\n";
  return s;
}

}  // namespace parley::exporting
