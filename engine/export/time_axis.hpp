#pragma once
// A linear time axis for the SVG view: maps instants to x and picks ticks a reader expects
// (hours, days, weeks, months or years), as many as fit without their labels touching.
#include <string>
#include <vector>

#include "parley/resolved_time.hpp"

namespace parley::exporting {

struct Tick {
  Instant at;
  std::string label;
};

class TimeAxis {
 public:
  // [first, last] is the data; the axis pads it a little so marks at the ends stay visible.
  TimeAxis(Instant first, Instant last, double x0, double x1);
  double x(Instant t) const;
  Instant first() const { return first_; }
  Instant last() const { return last_; }
  // Ticks at least `min_spacing` pixels apart, aligned to calendar units.
  std::vector<Tick> ticks(double min_spacing) const;

 private:
  Instant first_, last_;
  double x0_, x1_;
};

}  // namespace parley::exporting
