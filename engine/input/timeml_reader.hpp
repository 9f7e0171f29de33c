#pragma once
// Reads a TimeML file: the text of <TEXT> without tags (entities decoded), its DCT, and the
// markup needed to write it back with new TIMEX3 tags.

#include <optional>
#include <string>
#include <string_view>

#include "parley/timeml_markup.hpp"

namespace parley {

struct TimemlFile {
  std::string text;
  // The value of the CREATION_TIME TIMEX3, else the text of <DCT>; nullopt when neither exists.
  std::optional<std::string> dct;
  TimemlMarkup markup;
};

// `name` is used in error messages. Throws InputError when there is no complete <TEXT> element.
TimemlFile read_timeml(std::string_view source, const std::string& name);

}  // namespace parley
