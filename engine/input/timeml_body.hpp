#pragma once
// Builds the <TEXT> body of a TimeML document as raw pieces beside its decoded text. Used when
// reading a .tml file and when turning plain text into TimeML, so both are written back by the
// same code.

#include <string>
#include <string_view>
#include <vector>

#include "parley/timeml_markup.hpp"

namespace parley {

class TimemlBodyBuilder {
 public:
  TimemlBodyBuilder(std::string& text, std::vector<TimemlMarkup::Piece>& body) : text_(text), body_(body) {}

  // Raw character data from a file: verbatim runs and entity references.
  void character_data(std::string_view raw);
  // Plain text (CDATA content, a text file): '&', '<' and '>' become entity references.
  void escaped(std::string_view text);

 private:
  void verbatim(std::string_view raw);
  void entity(std::string_view raw, std::string_view decoded);

  std::string& text_;
  std::vector<TimemlMarkup::Piece>& body_;
};

}  // namespace parley
