#pragma once
// What a TimeML file holds besides its text, kept so that parley can write the file back with
// its own TIMEX3 tags in place of the original ones and every other tag (EVENT, SIGNAL,
// MAKEINSTANCE, TLINK, ...) untouched.

#include <cstddef>
#include <string>
#include <vector>

namespace parley {

struct TimemlMarkup {
  // One piece of the <TEXT> body, in file order. Offsets are bytes of Document::text.
  struct Piece {
    enum class Kind : unsigned char {
      Text,    // raw == the text it stands for; may be split anywhere
      Entity,  // "&amp;", "&#8217;": one character, never split
      Tag      // a kept tag, comment or processing instruction: no text
    };
    Kind kind = Kind::Text;
    std::size_t offset = 0;
    std::string raw;  // verbatim as in the file
    // For tags: the text extent of the element the tag opens or closes, so a new TIMEX3 can be
    // nested inside or around it. Equal for empty, self-closing and unpaired tags.
    std::size_t element_begin = 0, element_end = 0;
    bool closing = false;
  };

  // The file's own TIMEX3 tags in <TEXT>, which parley replaces with its own: their ids and text
  // extents, so links that name them (TLINK timeID, relatedToTime) can be pointed at parley's
  // TIMEX3 of the same extent, or dropped when there is none.
  struct OriginalTimex {
    std::string tid;
    std::size_t begin = 0, end = 0;
  };
  std::vector<OriginalTimex> replaced_timexes;

  std::string head;  // verbatim: the file up to and including the <TEXT ...> tag
  std::vector<Piece> body;
  std::string tail;  // verbatim: from </TEXT> to the end of the file
};

}  // namespace parley
