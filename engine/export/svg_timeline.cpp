// Layout first, drawing second: every mark and its label get a horizontal extent, and each goes
// into the first row of its lane where that extent is free. Overlap is impossible by
// construction, whatever the fonts, as long as labels stay within their estimated width, which is
// why the estimate is generous and long labels are shortened (the full text is in the hover title).
#include "engine/export/svg_timeline.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <sstream>
#include <vector>

#include <date/date.h>

#include "engine/export/event_facts.hpp"
#include "engine/export/html_text.hpp"
#include "engine/export/shown_time.hpp"
#include "engine/export/time_axis.hpp"
#include "parley/dct.hpp"

namespace parley::exporting {
namespace {

constexpr double width = 1180, lane_column = 210, plot_left = 225, margin_right = 20, undated_width = 120;
constexpr double axis_y = 48, row_height = 26, lane_padding = 7, label_gap = 7, char_width = 7.2;
constexpr std::size_t label_chars = 72;
constexpr std::array<const char*, 10> palette = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#e67e00",
                                                 "#138d9c", "#8c564b", "#c2459b", "#5f6b7a", "#8a8a1c"};

struct Extent {
  double x0, x1;
  bool overlaps(const Extent& o) const { return x0 < o.x1 && o.x0 < x1; }
};

struct Placed {
  const Event* event;
  ShownTime time;
  std::size_t lane;
  Extent mark;                  // the drawn shape
  std::string label;            // shortened headline
  double label_x = 0;
  bool label_end_anchor = false;  // text ends at label_x (placed left of the mark)
  std::size_t row = 0;
};

double text_width(const std::string& s) {
  std::size_t chars = 0;
  for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return double(chars) * char_width;
}

// Right of the mark, else left of it, else inside a wide bar, else shortened to the widest room.
void place_label(Placed& p, double left, double right) {
  const double w = text_width(p.label);
  const double room_right = right - (p.mark.x1 + label_gap), room_left = (p.mark.x0 - label_gap) - left;
  const double room_inside = p.mark.x1 - p.mark.x0 - 2 * label_gap - 12;  // 12: the open-side arrow
  if (w <= room_right) { p.label_x = p.mark.x1 + label_gap; return; }
  if (w <= room_left) { p.label_x = p.mark.x0 - label_gap; p.label_end_anchor = true; return; }
  if (w <= room_inside) { p.label_x = p.mark.x0 + label_gap + 12; return; }
  const double best = std::max({room_right, room_left, room_inside});
  p.label = shortened(p.label, std::max<std::size_t>(4, std::size_t(best / char_width)));
  if (best == room_right) p.label_x = p.mark.x1 + label_gap;
  else if (best == room_left) { p.label_x = p.mark.x0 - label_gap; p.label_end_anchor = true; }
  else p.label_x = p.mark.x0 + label_gap + 12;
}

Extent occupied(const Placed& p) {
  const double w = text_width(p.label);
  const double l0 = p.label_end_anchor ? p.label_x - w : p.label_x, l1 = p.label_end_anchor ? p.label_x : p.label_x + w;
  return {std::min(p.mark.x0, l0) - 4, std::max(p.mark.x1, l1) + 4};
}

std::string num(double v) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(1);
  s << v;
  return s.str();
}

std::optional<Instant> dct_instant(const TimelineDocument& d) {
  if (d.dct.empty()) return std::nullopt;
  if (auto dct = parse_dct(d.dct)) return dct->instant;
  return std::nullopt;
}

std::string hover_text(const Timeline& tl, const Placed& p) {
  std::string s = p.event->id + " · " + headline_of(*p.event) + "\nWhen: " + p.time.label;
  if (!p.time.edtf.empty()) s += " (EDTF " + p.time.edtf + ")";
  if (p.event->time && !p.event->time->basis.empty()) s += "\nWhy: " + p.event->time->basis;
  s += "\n\n“" + evidence_sentence_of(*p.event) + "”\n— " + source_of(tl, *p.event);
  return html_escaped(s);
}

std::string mark_shape(const Placed& p, double y, const std::string& color, std::size_t lane) {
  const std::string pattern = "url(#hatch" + std::to_string(lane % palette.size()) + ")";
  const double x0 = p.mark.x0, x1 = p.mark.x1, h = 12, top = y - h / 2;
  auto rect = [&](const std::string& fill, const std::string& extra) {
    return "<rect x=\"" + num(x0) + "\" y=\"" + num(top) + "\" width=\"" + num(std::max(x1 - x0, 1.0)) +
           "\" height=\"" + num(h) + "\" rx=\"2\" fill=\"" + fill + "\" stroke=\"" + color + "\"" + extra + "/>";
  };
  switch (p.time.shape) {
    case Shape::Point:
      return "<circle cx=\"" + num((x0 + x1) / 2) + "\" cy=\"" + num(y) + "\" r=\"6\" fill=\"" + color +
             "\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
    case Shape::Range: return rect(color, "");
    case Shape::Uncertain: return rect(pattern, " stroke-width=\"1.2\"");
    case Shape::OpenStart:  // a hatched bar from the axis edge, an arrow saying "and earlier"
      return rect(pattern, " stroke-dasharray=\"3 2\"") + "<path d=\"M" + num(x0 - 1) + " " + num(y) + " l9 -7 v14 z\" fill=\"" +
             color + "\"/><line x1=\"" + num(x1) + "\" y1=\"" + num(top - 3) + "\" x2=\"" + num(x1) + "\" y2=\"" +
             num(top + h + 3) + "\" stroke=\"" + color + "\" stroke-width=\"2.5\"/>";
    case Shape::OpenEnd:
      return rect(pattern, " stroke-dasharray=\"3 2\"") + "<path d=\"M" + num(x1 + 1) + " " + num(y) + " l-9 -7 v14 z\" fill=\"" +
             color + "\"/><line x1=\"" + num(x0) + "\" y1=\"" + num(top - 3) + "\" x2=\"" + num(x0) + "\" y2=\"" +
             num(top + h + 3) + "\" stroke=\"" + color + "\" stroke-width=\"2.5\"/>";
    case Shape::Unknown:
      return "<circle cx=\"" + num((x0 + x1) / 2) + "\" cy=\"" + num(y) + "\" r=\"8\" fill=\"#fff\" stroke=\"" + color +
             "\" stroke-dasharray=\"2 2\"/><text class=\"q\" x=\"" + num((x0 + x1) / 2) + "\" y=\"" + num(y + 4) +
             "\" text-anchor=\"middle\">?</text>";
  }
  return {};
}

}  // namespace

std::string timeline_svg(const Timeline& tl) {
  const auto lanes = lanes_of(tl);
  std::vector<Placed> placed;
  std::optional<Instant> first, last;
  auto widen = [&](Instant t) {
    first = first ? std::min(*first, t) : t;
    last = last ? std::max(*last, t) : t;
  };
  bool any_unknown = false;
  for (const Event& e : tl.events) {
    Placed p{&e, shown_time(e.time), std::size_t(std::find(lanes.begin(), lanes.end(), lane_of(e)) - lanes.begin()),
             {0, 0}, shortened(headline_of(e), label_chars)};
    if (p.time.from) widen(*p.time.from);
    if (p.time.to) widen(*p.time.to);
    any_unknown |= p.time.shape == Shape::Unknown;
    placed.push_back(std::move(p));
  }
  std::vector<Instant> dcts;
  for (const auto& d : tl.documents)
    if (auto t = dct_instant(d)) {
      dcts.push_back(*t);
      widen(*t);
    }
  // With no bound and no DCT at all only the "time unknown" column has marks; any axis will do.
  const Instant origin = first.value_or(Instant{});
  const double plot_right = width - margin_right - (any_unknown ? undated_width : 0);
  const TimeAxis axis(origin, last.value_or(origin), plot_left, plot_right);

  for (Placed& p : placed) {
    const ShownTime& t = p.time;
    switch (t.shape) {
      case Shape::Point: {
        const double x = axis.x(*t.from + (*t.to - *t.from) / 2);
        p.mark = {x - 6, x + 6};
        break;
      }
      case Shape::Range:
      case Shape::Uncertain: {
        double x0 = axis.x(*t.from), x1 = axis.x(*t.to);
        if (x1 - x0 < 8) { const double mid = (x0 + x1) / 2; x0 = mid - 4; x1 = mid + 4; }
        p.mark = {x0, x1};
        break;
      }
      case Shape::OpenStart: p.mark = {plot_left, axis.x(*t.to)}; break;
      case Shape::OpenEnd: p.mark = {axis.x(*t.from), plot_right}; break;
      case Shape::Unknown: p.mark = {plot_right + undated_width / 2 - 8, plot_right + undated_width / 2 + 8}; break;
    }
    if (t.shape == Shape::Unknown) p.label.clear();  // the undated column is narrow: the table and hover name it
    else place_label(p, plot_left, plot_right);
  }
  // Rows: first free row of the lane, in timeline order.
  std::vector<std::vector<std::vector<Extent>>> rows(lanes.size());
  for (Placed& p : placed) {
    auto& lane_rows = rows[p.lane];
    const Extent ext = occupied(p);
    std::size_t r = 0;
    while (r < lane_rows.size() &&
           std::any_of(lane_rows[r].begin(), lane_rows[r].end(), [&](const Extent& o) { return o.overlaps(ext); }))
      ++r;
    if (r == lane_rows.size()) lane_rows.emplace_back();
    lane_rows[r].push_back(ext);
    p.row = r;
  }
  std::vector<double> lane_top(lanes.size() + 1);
  lane_top[0] = axis_y + 10;
  for (std::size_t i = 0; i < lanes.size(); ++i)
    lane_top[i + 1] = lane_top[i] + double(std::max<std::size_t>(rows[i].size(), 1)) * row_height + 2 * lane_padding;
  const double plot_bottom = lane_top.back();
  const double height = plot_bottom + 34;

  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"" + num(width) + "\" height=\"" +
                  num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
                  "\" role=\"img\" aria-label=\"Timeline\">\n<defs>\n";
  for (std::size_t i = 0; i < palette.size(); ++i)
    s += "<pattern id=\"hatch" + std::to_string(i) +
         "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" "
         "height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" +
         std::string(palette[i]) + "\" stroke-width=\"2.2\" stroke-opacity=\"0.55\"/></pattern>\n";
  s += "</defs>\n";
  // Lanes: alternating bands with their names at the left.
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    s += "<rect class=\"lane\" x=\"0\" y=\"" + num(lane_top[i]) + "\" width=\"" + num(width) + "\" height=\"" +
         num(lane_top[i + 1] - lane_top[i]) + "\" fill=\"" + (i % 2 ? "#ffffff" : "#f3f5f8") + "\"/>\n";
    s += "<text class=\"lane-name\" x=\"10\" y=\"" + num(lane_top[i] + lane_padding + row_height / 2 + 4) +
         "\" fill=\"" + palette[i % palette.size()] + "\"><title>" + html_escaped(lanes[i]) + "</title>" +
         html_escaped(shortened(lanes[i], std::size_t((lane_column - 16) / char_width))) + "</text>\n";
  }
  // Axis: ticks with grid lines through the lanes.
  for (const Tick& t : axis.ticks(95)) {
    const double x = axis.x(t.at);
    s += "<line class=\"grid\" x1=\"" + num(x) + "\" y1=\"" + num(axis_y) + "\" x2=\"" + num(x) + "\" y2=\"" +
         num(plot_bottom) + "\"/><text class=\"tick\" x=\"" + num(x) + "\" y=\"" + num(axis_y - 8) +
         "\" text-anchor=\"middle\">" + html_escaped(t.label) + "</text>\n";
  }
  s += "<line class=\"axis\" x1=\"" + num(plot_left) + "\" y1=\"" + num(axis_y) + "\" x2=\"" + num(plot_right) +
       "\" y2=\"" + num(axis_y) + "\"/>\n";
  for (const Instant d : dcts) {
    const double x = axis.x(d);
    s += "<line class=\"dct\" x1=\"" + num(x) + "\" y1=\"" + num(axis_y) + "\" x2=\"" + num(x) + "\" y2=\"" +
         num(plot_bottom + 6) + "\"/><text class=\"dct-label\" x=\"" + num(x) + "\" y=\"" + num(plot_bottom + 20) +
         "\" text-anchor=\"end\">published " + html_escaped(day_text(d)) + "</text>\n";
  }
  if (any_unknown)
    s += "<text class=\"tick\" x=\"" + num(plot_right + undated_width / 2) + "\" y=\"" + num(axis_y - 8) +
         "\" text-anchor=\"middle\">time unknown</text><line class=\"axis\" x1=\"" + num(plot_right + 12) +
         "\" y1=\"" + num(axis_y) + "\" x2=\"" + num(width - margin_right) + "\" y2=\"" + num(axis_y) + "\"/>\n";
  // Marks: one group per event, found by tests and scripts through data-event.
  for (const Placed& p : placed) {
    const double y = lane_top[p.lane] + lane_padding + (double(p.row) + 0.5) * row_height;
    const std::string color = palette[p.lane % palette.size()];
    s += "<g class=\"event " + std::string(to_string(p.time.shape)) + "\" data-event=\"" + html_escaped(p.event->id) +
         "\"><title>" + hover_text(tl, p) + "</title>" + mark_shape(p, y, color, p.lane);
    if (!p.label.empty())
      s += "<text class=\"label\" x=\"" + num(p.label_x) + "\" y=\"" + num(y + 4) + "\"" +
           (p.label_end_anchor ? " text-anchor=\"end\"" : "") + ">" + html_escaped(p.label) + "</text>";
    s += "</g>\n";
  }
  s += "</svg>\n";
  return s;
}

}  // namespace parley::exporting
