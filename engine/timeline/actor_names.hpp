#pragma once
// What an event's subject says about who acted: the words of a subject that name no one (a
// pronoun left unresolved, "There", the talks themselves, an amount), the words glued to a name
// that are not part of it (a dateline, a headline line, a trailing "also"), and a list of names
// ("the United States, Canada, and Mexico") as the actors it lists.
#include <string>
#include <string_view>
#include <vector>

#include "parley/timeline.hpp"

namespace parley::timeline {

// The subject without a dateline ("MOSCOW (UrduPoint News / Sputnik - 28th October, 2020) ..."),
// an earlier line (a headline run into the body), trailing adverbs ("the U.S. first", "He also")
// or a trailing "and". Never empty when the subject is not.
std::string clean_subject(std::string_view subject);

// Whether a cleaned subject names no actor: a pronoun or "There", a clause ("It's an unusual
// move"), the talks or a meeting itself ("The last round of talks", "the proposals"), an amount
// ("pay 1.04 trillion").
bool names_no_actor(std::string_view subject);

// The actors a cleaned subject lists: "South Korea and the United States" -> South Korea, United
// States; "representatives from the United States, Canada, and Mexico" -> the three names. A
// subject that is not a list of names is its own one actor ("Lebanese and Israeli negotiators").
std::vector<std::string> listed_actors(std::string_view subject);

// The actors an event shows for a subject as extracted: cleaned, split, or none.
std::vector<std::string> actors_of_subject(std::string_view subject);

// Whether an actor is a body that "it" can stand for in the next sentence ("the ministry", "The
// U.S. State Department"), not a person or the talks.
bool names_a_body(std::string_view actor);

// Whether the event's subject is the talks it tells of ("The talks ended", "The fifth round
// began"), read from its actors or, once the talks are no actor, from its summary's words
// before the verb.
bool subject_names_talks(const Event& e);

}  // namespace parley::timeline
