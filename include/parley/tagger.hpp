#pragma once
// The tagger: finds time expressions and event ordinals in UTF-8 text and resolves them against
// the DCT and against each other.

#include <optional>
#include <string_view>

#include "parley/dct.hpp"
#include "parley/timex.hpp"

namespace parley {

struct TagOptions {
  bool emit_ordinals = true;
};

// Precondition: `text` is valid UTF-8 (see parley/utf8.hpp). Without a DCT, deictic and
// anaphoric expressions keep relative values (basis Unresolved).
TagResult tag(std::string_view text, const std::optional<Dct>& dct, const TagOptions& = {});

}  // namespace parley
