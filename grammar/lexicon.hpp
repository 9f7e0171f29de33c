#pragma once
// The words the grammar knows, as data: every table is a list of (spelling, value) pairs, all
// lowercase (the scanner parses a lowercased copy of the text). Adding a spelling here is all it
// takes for every rule that uses the table to accept it.
//
// The tables are C++17 inline variables: each grammar unit includes this header before defining
// its rules, so the symbol tables are constructed before the rules that copy them.

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/lexicon_ids.hpp"
#include "parley/ast.hpp"

namespace parley::grammar::lexicon {

namespace x3 = boost::spirit::x3;

template <typename T>
struct table : x3::symbols<T> {
  table(std::initializer_list<std::pair<const char*, T>> rows) {
    for (auto const& [spelling, value] : rows) {
      this->add(spelling, value);
      spellings.emplace_back(spelling);
    }
  }
  std::vector<std::string_view> spellings;  // for the scanner's table of words that start expressions
};

// Month names and their abbreviations (with and without the period).
inline const table<int> months{
    {"january", 1}, {"jan", 1}, {"jan.", 1}, {"february", 2}, {"feb", 2}, {"feb.", 2},
    {"march", 3}, {"mar", 3}, {"mar.", 3}, {"april", 4}, {"apr", 4}, {"apr.", 4}, {"may", 5},
    {"june", 6}, {"jun", 6}, {"jun.", 6}, {"july", 7}, {"jul", 7}, {"jul.", 7}, {"august", 8}, {"aug", 8},
    {"aug.", 8}, {"september", 9}, {"sept", 9}, {"sept.", 9}, {"sep", 9}, {"sep.", 9}, {"october", 10}, {"oct", 10},
    {"oct.", 10}, {"november", 11}, {"nov", 11}, {"nov.", 11}, {"december", 12}, {"dec", 12},
    {"dec.", 12}};

// ISO weekday numbers: 1 = Monday.
inline const table<int> weekdays{
    {"monday", 1}, {"mon.", 1}, {"tuesday", 2}, {"tue.", 2}, {"tues.", 2}, {"wednesday", 3},
    {"wed.", 3}, {"thursday", 4}, {"thu.", 4}, {"thur.", 4}, {"thurs.", 4}, {"friday", 5},
    {"fri.", 5}, {"saturday", 6}, {"sat.", 6}, {"sunday", 7}, {"sun.", 7}};

// Plural weekdays make sets: "on Mondays".
inline const table<int> weekdays_plural{
    {"mondays", 1}, {"tuesdays", 2}, {"wednesdays", 3}, {"thursdays", 4}, {"fridays", 5},
    {"saturdays", 6}, {"sundays", 7}};

// Cardinal number words up to nineteen, and the tens; "twenty-four" is composed by the grammar.
inline const table<int> small_numbers{
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"a dozen", 12}, {"dozen", 12}, {"a couple of", 2}, {"a couple", 2},
    {"couple of", 2}, {"couple", 2}, {"a hundred", 100}, {"hundred", 100}, {"one hundred", 100}};
inline const table<int> tens{{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                             {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};

// Ordinal words; "twenty-first" is composed by the grammar from `tens` and these.
inline const table<int> ordinal_words{
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
    {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11},
    {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
    {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
    {"twentieth", 20}, {"thirtieth", 30}};

// Quantities that are not numbers: the value stays unspecified (PXD, PXY).
inline const table<int> vague_quantities{
    {"several", 0}, {"a few", 0}, {"few", 0}, {"some", 0}, {"many", 0}, {"a number of", 0},
    {"numerous", 0}, {"a couple more", 0}};

struct UnitWord {
  ast::Unit unit;
  bool plural;
};
using ast::Unit;
inline const table<UnitWord> units{
    {"second", {Unit::Second, false}}, {"seconds", {Unit::Second, true}},
    {"minute", {Unit::Minute, false}}, {"minutes", {Unit::Minute, true}},
    {"hour", {Unit::Hour, false}}, {"hours", {Unit::Hour, true}}, {"hr", {Unit::Hour, false}},
    {"hrs", {Unit::Hour, true}}, {"mins", {Unit::Minute, true}}, {"yrs", {Unit::Year, true}},
    {"day", {Unit::Day, false}}, {"days", {Unit::Day, true}},
    {"night", {Unit::Night, false}}, {"nights", {Unit::Night, true}},
    {"week", {Unit::Week, false}}, {"weeks", {Unit::Week, true}},
    {"weekend", {Unit::Weekend, false}}, {"weekends", {Unit::Weekend, true}},
    {"fortnight", {Unit::Fortnight, false}}, {"fortnights", {Unit::Fortnight, true}},
    {"month", {Unit::Month, false}}, {"months", {Unit::Month, true}},
    {"quarter", {Unit::Quarter, false}}, {"quarters", {Unit::Quarter, true}},
    {"year", {Unit::Year, false}}, {"years", {Unit::Year, true}},
    {"decade", {Unit::Decade, false}}, {"decades", {Unit::Decade, true}},
    {"century", {Unit::Century, false}}, {"centuries", {Unit::Century, true}}};

using ast::PartOfDay;
inline const table<PartOfDay> parts_of_day{
    {"morning", PartOfDay::Morning}, {"afternoon", PartOfDay::Afternoon},
    {"evening", PartOfDay::Evening}, {"night", PartOfDay::Night},
    {"dawn", PartOfDay::Morning}, {"daybreak", PartOfDay::Morning},
    {"dusk", PartOfDay::Evening}, {"nightfall", PartOfDay::Evening},
    {"midday", PartOfDay::Noon}, {"noon", PartOfDay::Noon}, {"midnight", PartOfDay::Midnight},
    {"daytime", PartOfDay::Daytime}, {"overnight", PartOfDay::Overnight}};

using ast::Season;
inline const table<Season> seasons{{"spring", Season::Spring}, {"summer", Season::Summer},
                                   {"fall", Season::Fall},     {"autumn", Season::Fall},
                                   {"winter", Season::Winter}};

// Fixed-date holidays: month * 100 + day. Movable ones (Thanksgiving, Easter, ...) carry a
// negative id that the resolver computes per year.
using namespace holiday_ids;
inline const table<int> holidays{
    {"christmas", 1225}, {"christmas day", 1225}, {"christmas eve", 1224},
    {"new year's day", 101}, {"new year’s day", 101}, {"new year's eve", 1231},
    {"new year’s eve", 1231}, {"independence day", 704}, {"valentine's day", 214},
    {"valentine’s day", 214}, {"halloween", 1031}, {"veterans day", 1111},
    {"veterans' day", 1111}, {"boxing day", 1226}, {"bastille day", 714},
    {"thanksgiving", thanksgiving}, {"thanksgiving day", thanksgiving}, {"easter", easter},
    {"easter sunday", easter}, {"memorial day", memorial_day}, {"labor day", labor_day},
    {"good friday", good_friday}, {"mother's day", mothers_day}, {"father's day", fathers_day},
    {"martin luther king day", mlk_day}, {"election day", election_day}};

// Decades by name: "the nineties" is the 1990s (the century comes from the DCT).
inline const table<int> decade_words{{"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
                                     {"sixties", 60}, {"seventies", 70}, {"eighties", 80}, {"nineties", 90}};

// Nouns of negotiation that event ordinals count ("the fourth round"). The value indexes
// `negotiation_noun_names` (lexicon_ids.hpp) so the output can name the noun in its singular form.
inline const table<int> negotiation_nouns{
    {"round", 0}, {"rounds", 0}, {"meeting", 1}, {"meetings", 1}, {"session", 2},
    {"sessions", 2}, {"summit", 3}, {"conference", 4}, {"phase", 5}, {"stage", 6},
    {"ballot", 7}, {"negotiation", 8}, {"negotiations", 8}, {"talks", 9}, {"plenary", 10},
    {"visit", 11}, {"consultation", 12}, {"consultations", 12}, {"hearing", 13}, {"leg", 14},
    {"game", 15}, {"match", 16}, {"debate", 17}, {"vote", 18}, {"trial", 19}};

// Adverbs of frequency that are sets on their own: value is the period.
inline const table<UnitWord> frequency_adverbs{
    {"hourly", {Unit::Hour, false}},    {"daily", {Unit::Day, false}},
    {"nightly", {Unit::Night, false}},  {"weekly", {Unit::Week, false}},
    {"biweekly", {Unit::Fortnight, false}}, {"monthly", {Unit::Month, false}},
    {"quarterly", {Unit::Quarter, false}},  {"annually", {Unit::Year, false}},
    {"yearly", {Unit::Year, false}},    {"semiannually", {Unit::Half, false}}};

// "twice a month": how many times.
inline const table<int> multiplicatives{{"once", 1}, {"twice", 2}, {"thrice", 3}};

// Time zones written after clock times; only their presence matters for the value.
inline const table<int> zones{{"gmt", 0}, {"utc", 0}, {"z", 0},   {"est", 1}, {"edt", 1},
                              {"cst", 1}, {"cdt", 1}, {"mst", 1}, {"mdt", 1}, {"pst", 1},
                              {"pdt", 1}, {"bst", 1}, {"cet", 1}, {"cest", 1}, {"et", 1},
                              {"pt", 1},  {"ct", 1},  {"local time", 1}, {"eastern time", 1},
                              {"pacific time", 1}, {"central time", 1}, {"mountain time", 1},
                              {"eastern", 1}, {"pacific", 1}};

// Words that begin an expression without being in any table above ("last week", "the next day",
// "every Wednesday", "more than a decade"). The scanner only tries the grammar at words that are
// in some table or in this list, or that start with a digit or an apostrophe.
inline constexpr const char* starter_words[] = {
    "the", "this", "that", "these", "those", "last", "next", "past", "coming", "previous",
    "following", "same", "early", "earlier", "mid", "middle", "late", "later", "beginning", "start",
    "end", "fiscal", "every", "each", "per", "a", "an", "about", "around", "roughly",
    "approximately", "nearly", "almost", "close", "more", "over", "at", "less", "under", "fewer",
    "no", "up", "upwards", "today", "yesterday", "tomorrow", "tonight", "now", "currently",
    "recently", "recent", "lately", "formerly", "nowadays", "present", "future", "soon", "once",
    "twice", "thrice", "round", "latest", "final", "new", "q1", "q2", "q3", "q4", "h1", "h2", "other",
    "within", "for", "right", "just", "several", "few", "some", "many", "numerous", "couple",
    "dozen", "hundred", "year", "day", "week", "month", "quarter", "current", "overnight",
    "then", "earliest", "initial", "preceding", "prior", "subsequent", "ensuing", "year-earlier",
    "year-ago", "half", "whole", "full", "entire", "all", "two-day", "long", "short", "as", "multi"};

}  // namespace parley::grammar::lexicon
