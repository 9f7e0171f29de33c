#pragma once
// How every export shows an event's time: one decision, made once, so the TimelineJS dates, the
// vis items, the CSV columns and the SVG marks never disagree about what the text knows.
#include <optional>
#include <string>
#include <string_view>

#include "parley/timeline.hpp"

namespace parley::exporting {

enum class Shape : unsigned char {
  Unknown,    // no bounds at all: drawn apart, never given a date
  Point,      // both bounds inside one day: the text pins the day (or a part of it)
  Range,      // the event lasts from one bound to the other ("in recent weeks", "since May")
  Uncertain,  // the event happened once, somewhere between the bounds
  OpenStart,  // only a latest bound: "before 20 May 2021"
  OpenEnd     // only an earliest bound: "after 19 May 2021"
};
std::string_view to_string(Shape);

struct ShownTime {
  Shape shape = Shape::Unknown;
  std::optional<Instant> from, to;  // the bounds as the model has them
  Granularity granularity = Granularity::Unknown;
  std::string part_of_day;          // "evening" for 2021-05-19TEV, else empty
  std::string edtf;                 // empty for Unknown
  std::string label;                // for people: "19 May 2021, evening", "before 20 May 2021"
};

ShownTime shown_time(const std::optional<EventTime>&);

// "19 May 2021", "May 2021", "19–20 May 2021", "8 Apr – 20 May 2021".
std::string day_text(Instant);
std::string month_text(Instant);
std::string day_range_text(Instant from, Instant to);

}  // namespace parley::exporting
