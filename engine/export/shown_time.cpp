// One reading of an event's time for every export (see shown_time.hpp). The bounds decide: a
// format may round a bound to the unit it can write, but never fills in what the text left open.
#include "engine/export/shown_time.hpp"

#include <date/date.h>

#include <array>

#include "parley/timeline_export.hpp"

namespace parley::exporting {
namespace {

using std::chrono::floor;
using days = date::days;

constexpr std::array<const char*, 12> month_names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

date::year_month_day ymd(Instant t) { return date::year_month_day{floor<days>(t)}; }
bool at_midnight(Instant t) { return floor<days>(t) == t; }

std::string part_of_day(const std::string& value) {
  // TIMEX3 writes parts of day as a T suffix of the date: 2021-05-19TEV.
  static constexpr std::pair<const char*, const char*> parts[] = {
      {"TMO", "morning"}, {"TAF", "afternoon"}, {"TEV", "evening"}, {"TNI", "night"}, {"TDT", "daytime"}};
  for (const auto& [suffix, name] : parts)
    if (value.ends_with(suffix)) return name;
  return {};
}

// The event lasts through its bounds only when the words say so; otherwise the bounds are
// what we know about one moment.
bool lasts_through(const EventTime& t) {
  return t.time.type == TimexType::Duration || t.basis.starts_with("from ") || t.basis.starts_with("since ");
}

}  // namespace

std::string_view to_string(Shape s) {
  switch (s) {
    case Shape::Unknown: return "unknown";
    case Shape::Point: return "point";
    case Shape::Range: return "range";
    case Shape::Uncertain: return "uncertain";
    case Shape::OpenStart: return "open-start";
    case Shape::OpenEnd: return "open-end";
  }
  return "unknown";
}

std::string day_text(Instant t) {
  const auto d = ymd(t);
  return std::to_string(unsigned(d.day())) + " " + month_names[unsigned(d.month()) - 1] + " " +
         std::to_string(int(d.year()));
}

std::string month_text(Instant t) {
  const auto d = ymd(t);
  return std::string(month_names[unsigned(d.month()) - 1]) + " " + std::to_string(int(d.year()));
}

std::string day_range_text(Instant from, Instant to) {
  const auto a = ymd(from), b = ymd(to);
  if (a == b) return day_text(from);
  const std::string b_text = day_text(to);
  if (a.year() == b.year() && a.month() == b.month()) return std::to_string(unsigned(a.day())) + "–" + b_text;
  if (a.year() == b.year())
    return std::to_string(unsigned(a.day())) + " " + month_names[unsigned(a.month()) - 1] + " – " + b_text;
  return day_text(from) + " – " + b_text;
}

ShownTime shown_time(const std::optional<EventTime>& time) {
  ShownTime s;
  if (!time) {
    s.label = "time unknown";
    return s;
  }
  const ResolvedTime& r = time->time;
  s.from = r.earliest;
  s.to = r.latest;
  s.granularity = r.granularity;
  s.edtf = to_edtf(*time);
  const std::string about = r.mod == "APPROX" ? "about " : "";
  if (!s.from && !s.to) {
    s.label = "time unknown";
  } else if (s.from && s.to && *s.from > *s.to) {
    s.label = "time unknown: its bounds contradict each other";  // Unknown; from and to kept as they are
  } else if (!s.from) {
    s.shape = Shape::OpenStart;
    s.label = (at_midnight(*s.to) ? "before " : "on or before ") + day_text(*s.to);
  } else if (!s.to) {
    s.shape = Shape::OpenEnd;
    s.label = "on or after " + day_text(*s.from);
  } else if (floor<days>(*s.from) == floor<days>(*s.to)) {
    s.shape = Shape::Point;
    s.part_of_day = part_of_day(r.value);
    s.label = about + day_text(*s.from);
    if (!s.part_of_day.empty()) s.label += ", " + s.part_of_day;
    else if (r.granularity <= Granularity::Hour && !at_midnight(*s.from))
      s.label += ", " + date::format("%H:%M", *s.from);
  } else {
    s.shape = lasts_through(*time) ? Shape::Range : Shape::Uncertain;
    const auto a = ymd(*s.from), b = ymd(*s.to + std::chrono::seconds(1));
    const bool whole_month = at_midnight(*s.from) && a.day() == date::day(1) && b.day() == date::day(1) &&
                             date::year_month(a.year(), a.month()) + date::months(1) == date::year_month(b.year(), b.month());
    if (whole_month) s.label = about + month_text(*s.from);
    else s.label = about + day_range_text(*s.from, *s.to);
    if (s.shape == Shape::Uncertain && !whole_month) s.label = "sometime " + s.label;
  }
  return s;
}

}  // namespace parley::exporting
