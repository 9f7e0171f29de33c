#pragma once
// Past participles that describe a noun instead of telling an event: "behind closed doors", "in
// this photo released by the Foreign Office", and caption positions ("Qureshi, left, meets").
// Each is read off a few tokens around the participle; the extractor drops the verb reading.
#include <cstddef>

#include "engine/timeline/wire_verbs.hpp"

namespace parley::timeline {

// "behind closed doors", "with mixed results", "under revised terms": a participle right after
// a preposition and before a lower-case word of its noun phrase qualifies that noun.
bool participle_after_preposition(const VerbSite& site, std::size_t v);

// "In this photo released by the Pakistan Foreign Office, ...", "In a statement issued by the
// ministry, ...": a participle with its "by" agent inside a sentence's opening prepositional
// phrase is a reduced relative clause of that phrase's noun.
bool participle_in_opening_phrase(const VerbSite& site, std::size_t v);

// "Qureshi, left, meets with Maas", "Lavrov (right) and Kerry": "left" set off by commas or
// parentheses is a caption's position word, not the verb "leave".
bool caption_position(const VerbSite& site, std::size_t v);

}  // namespace parley::timeline
