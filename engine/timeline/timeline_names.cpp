// The spellings of the timeline model's enums in every output format.
#include "parley/timeline.hpp"

namespace parley {

std::string_view to_string(EventKind k) {
  switch (k) {
    case EventKind::Statement: return "statement";
    case EventKind::Meeting: return "meeting";
    case EventKind::Round: return "round";
    case EventKind::Action: return "action";
  }
  return "action";
}

std::string_view to_string(Phase p) {
  switch (p) {
    case Phase::Start: return "start";
    case Phase::End: return "end";
    case Phase::Whole: return "whole";
    case Phase::None: return "none";
  }
  return "none";
}

std::string_view to_string(Tense t) {
  switch (t) {
    case Tense::Past: return "past";
    case Tense::PastPerfect: return "past-perfect";
    case Tense::PresentPerfect: return "present-perfect";
    case Tense::Present: return "present";
    case Tense::Future: return "future";
    case Tense::Modal: return "modal";
    case Tense::Nonfinite: return "nonfinite";
    case Tense::None: return "none";
  }
  return "none";
}

std::string_view to_string(RelationType r) {
  switch (r) {
    case RelationType::Before: return "before";
    case RelationType::After: return "after";
    case RelationType::Includes: return "includes";
    case RelationType::During: return "during";
    case RelationType::Overlap: return "overlap";
  }
  return "overlap";
}

std::string_view to_string(Order o) { return o == Order::Fixed ? "fixed" : "unknown"; }
std::string_view to_string(Salience s) { return s == Salience::Main ? "main" : "background"; }

}  // namespace parley
