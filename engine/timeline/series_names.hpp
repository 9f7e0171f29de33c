#pragma once
// What a series name says: the words that identify a negotiation, and the name itself cut free
// of the clause it was read from.
#include <string>
#include <string_view>
#include <vector>

namespace parley::timeline {

// The words of a text, lowercase, split at anything but letters, digits, '+' and non-ASCII
// letters; a possessive "'s" (or "’s") ends its word and is dropped.
std::vector<std::string> series_words(std::string_view text);

// The words of a series name that identify a negotiation (venue, body, parties: "vienna",
// "joint commission", "mekong"), lowercase; empty for a generic name ("the talks", "Indirect
// talks", "the sixth round of talks", "Fifth", "March talks", "Political talks").
std::vector<std::string> series_identity(std::string_view name);

// A name as read may hold the clause around it ("Mexican Economy Minister Ildefonso Guajardo has
// said talks", "De Mistura says new"): the name is the run of words before its noun that a name
// is made of (capitalised words, "P5+1", nouns such as "fisheries", modifiers such as "peace"),
// ending at a verb, an auxiliary, a clause word or a possessive ("Kazakh’s talks" -> "talks").
// Its words are split at any white space and joined by single spaces: a wrapped line
// ("International\nCoffee Organization council") is one name written on one line.
std::string clean_series_name(std::string_view name);

// Whether two identity words name the same party or place: equal, or a country and its
// demonym written as the country plus -i, -n, -an, -ian, -ese or -ish, the country's final a or e
// dropped ("yemen"/"yemeni", "syria"/"syrian", "ukraine"/"ukrainian", "sudan"/"sudanese").
bool same_identity_word(std::string_view a, std::string_view b);

}  // namespace parley::timeline
