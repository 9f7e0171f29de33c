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

// Holidays news names, by their spellings (straight and curly apostrophes, with and without
// them). Fixed dates are month * 100 + day; movable feasts carry a negative id whose rule is data
// in lexicon_ids.hpp (movable_holidays). Ramadan, Eid and the lunar new year are left out: their
// days depend on sighting the moon or on astronomical tables the engine does not have.
using namespace holiday_ids;
inline const table<int> holidays{
    {"christmas", 1225}, {"christmas day", 1225}, {"christmas eve", 1224},
    {"new year's day", 101}, {"new year’s day", 101}, {"new year's eve", 1231},
    {"new year’s eve", 1231}, {"independence day", 704}, {"valentine's day", 214},
    {"valentine’s day", 214}, {"halloween", 1031}, {"veterans day", 1111},
    {"veterans' day", 1111}, {"veterans’ day", 1111}, {"boxing day", 1226}, {"bastille day", 714},
    {"may day", 501}, {"st. patrick's day", 317}, {"st. patrick’s day", 317}, {"st patrick's day", 317},
    {"saint patrick's day", 317}, {"remembrance day", 1111}, {"armistice day", 1111},
    {"all saints' day", 1101}, {"all saints’ day", 1101}, {"all saints day", 1101},
    {"juneteenth", 619}, {"flag day", 614}, {"canada day", 701}, {"australia day", 126},
    {"anzac day", 425}, {"guy fawkes night", 1105}, {"bonfire night", 1105}, {"ve day", 508},
    {"v-e day", 508}, {"christmas eve day", 1224},
    {"thanksgiving", thanksgiving}, {"thanksgiving day", thanksgiving}, {"easter", easter},
    {"easter sunday", easter}, {"memorial day", memorial_day}, {"labor day", labor_day},
    {"good friday", good_friday}, {"mother's day", mothers_day}, {"mother’s day", mothers_day},
    {"mothers day", mothers_day}, {"father's day", fathers_day}, {"father’s day", fathers_day},
    {"fathers day", fathers_day}, {"martin luther king day", mlk_day},
    {"martin luther king jr. day", mlk_day}, {"martin luther king, jr. day", mlk_day},
    {"martin luther king jr day", mlk_day}, {"mlk day", mlk_day}, {"election day", election_day},
    {"easter monday", easter_monday}, {"pentecost", pentecost}, {"pentecost sunday", pentecost},
    {"whit sunday", pentecost}, {"whitsunday", pentecost}, {"whit monday", whit_monday},
    {"ascension day", ascension}, {"ascension thursday", ascension}, {"ash wednesday", ash_wednesday},
    {"palm sunday", palm_sunday}, {"maundy thursday", maundy_thursday}, {"holy thursday", maundy_thursday},
    {"holy saturday", holy_saturday}, {"presidents' day", presidents_day}, {"presidents’ day", presidents_day},
    {"presidents day", presidents_day}, {"president's day", presidents_day},
    {"president’s day", presidents_day}, {"washington's birthday", presidents_day},
    {"columbus day", columbus_day}};

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

// Time zones written after clock times: the value is the row of zone_infos (lexicon_ids.hpp).
inline const table<int> zones{
    {"gmt", zone_ids::gmt}, {"utc", zone_ids::utc}, {"z", zone_ids::utc}, {"est", zone_ids::est},
    {"edt", zone_ids::edt}, {"cst", zone_ids::cst}, {"cdt", zone_ids::cdt}, {"mst", zone_ids::mst},
    {"mdt", zone_ids::mdt}, {"pst", zone_ids::pst}, {"pdt", zone_ids::pdt}, {"bst", zone_ids::bst},
    {"cet", zone_ids::cet}, {"cest", zone_ids::cest}, {"et", zone_ids::eastern}, {"pt", zone_ids::pacific},
    {"ct", zone_ids::central}, {"local time", zone_ids::local}, {"eastern time", zone_ids::eastern},
    {"pacific time", zone_ids::pacific}, {"central time", zone_ids::central},
    {"mountain time", zone_ids::mountain}, {"eastern", zone_ids::eastern}, {"pacific", zone_ids::pacific},
    {"eastern standard time", zone_ids::est}, {"eastern daylight time", zone_ids::edt},
    {"pacific standard time", zone_ids::pst}, {"pacific daylight time", zone_ids::pdt},
    {"central standard time", zone_ids::cst}, {"central daylight time", zone_ids::cdt},
    {"greenwich mean time", zone_ids::gmt}, {"jst", zone_ids::jst}, {"hkt", zone_ids::hkt},
    {"sgt", zone_ids::sgt}, {"aest", zone_ids::aest}, {"aedt", zone_ids::aedt}, {"msk", zone_ids::msk},
    {"eet", zone_ids::eet}, {"eest", zone_ids::eest}, {"wet", zone_ids::wet}, {"akst", zone_ids::akst},
    {"hst", zone_ids::hst}};

// Parts of day written as one word with "mid": "midafternoon" is the middle of the afternoon.
inline const table<PartOfDay> mid_parts_of_day{
    {"midmorning", PartOfDay::Morning}, {"midafternoon", PartOfDay::Afternoon},
    {"midevening", PartOfDay::Evening}};

// The moments of the day's light: only after a preposition ("at dawn", "by dusk").
inline const table<PartOfDay> twilight_words{
    {"dawn", PartOfDay::Morning}, {"daybreak", PartOfDay::Morning}, {"sunrise", PartOfDay::Morning},
    {"dusk", PartOfDay::Evening}, {"nightfall", PartOfDay::Evening}, {"sunset", PartOfDay::Evening}};

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
