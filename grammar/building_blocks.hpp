#pragma once
// Pieces every family grammar shares: word boundaries, numbers, calendar fields, and the thin
// semantic actions that copy what was written into the ast::Expression being built.
// Included only by *_def.hpp files.

#include <boost/spirit/home/x3.hpp>

#include "grammar/branch_start.hpp"
#include "grammar/keyword_parser.hpp"
#include "grammar/keywords.hpp"
#include "grammar/lexicon.hpp"
#include "parley/ast.hpp"

namespace parley::grammar::blocks {

namespace x3 = boost::spirit::x3;
using x3::lexeme;
using x3::lit;

// A typed inline rule: lets an alternative of parsers with actions expose one attribute.
template <typename T>
struct as_type {
  template <typename Parser>
  constexpr auto operator[](Parser p) const {
    return x3::rule<struct inline_rule, T>{"inline"} = x3::as_parser(p);
  }
};
template <typename T>
inline constexpr as_type<T> as{};

// ---- word boundaries ---------------------------------------------------------------------------
// The text is lowercased ASCII-wise; any byte that is not [a-z0-9] ends a word (UTF-8 included).
inline const auto word_end = !(x3::ascii::alnum);
// A whole word: lexeme[lit(word) >> word_end], as one primitive (grammar/keyword_parser.hpp).
inline auto kw(const char* word) {
  register_keyword(word);  // so the scanner knows every word a rule can start with
  return keyword_parser{word};
}
template <typename T>
inline auto word(const lexicon::table<T>& t) {
  return lexeme[t >> word_end];
}
// Abbreviations that carry their own period ("jan.", "sept.") end at the period.
inline const auto apostrophe = lit('\'') | lit("\xE2\x80\x99");  // ' and ’
inline const auto hyphen = lit('-') | lit("\xE2\x80\x93") | lit("\xE2\x80\x91");  // - – ‑

// ---- actions -------------------------------------------------------------------------------------
// Every top-level alternative starts with `start`: it clears what an alternative that failed
// half-way may have written, and records which named rule is being tried (grammar/branch_start.hpp).
inline auto start(ast::Family family, const char* rule) { return branch_start{family, rule}; }
template <auto Member>
inline constexpr auto store = [](auto& ctx) { x3::_val(ctx).*Member = x3::_attr(ctx); };
template <auto Member, auto Value>
inline constexpr auto mark = [](auto& ctx) { x3::_val(ctx).*Member = Value; };
inline constexpr auto store_unit = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  lexicon::UnitWord const& u = x3::_attr(ctx);
  e.unit = u.unit;
  if (u.plural && e.count == ast::absent && !e.vague_count) e.vague_count = true;
};
// Fixed flags, written as `x3::eps[set<&ast::Expression::definite, true>]`.
template <auto Member, auto Value>
inline auto set() {
  return x3::eps[mark<Member, Value>];
}

// ---- numbers -------------------------------------------------------------------------------------
inline const auto digits_1_4 = x3::uint_parser<int, 10, 1, 4>{};
inline const auto digits_2 = x3::uint_parser<int, 10, 2, 2>{};
inline const auto digits_1_2 = x3::uint_parser<int, 10, 1, 2>{};
inline const auto digits_4 = x3::uint_parser<int, 10, 4, 4>{};

inline constexpr auto add_to_val = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
inline constexpr auto copy_to_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

// "24", "twenty-four", "twenty four", "three", "a dozen". Digits may not run into a decimal
// point or thousands separator ("3.5", "1,000"): those are amounts, not counts of units.
inline constexpr auto times_hundred = [](auto& ctx) { x3::_val(ctx) *= 100; };
inline constexpr auto times_thousand = [](auto& ctx) { x3::_val(ctx) *= 1000; };
inline const auto number = as<int>[
    lexeme[digits_1_4[copy_to_val] >> !(lit('.') >> x3::digit) >> !(lit(',') >> x3::digit) >> word_end] |
    // "two thousand years", "three hundred days"
    lexeme[((lexicon::tens[copy_to_val] >> -((hyphen | lit(' ')) >> lexicon::small_numbers[add_to_val])) |
            lexicon::small_numbers[copy_to_val]) >>
           lit(' ') >> (lit("thousand")[times_thousand] | lit("hundred")[times_hundred]) >> word_end] |
    lexeme[lexicon::tens[copy_to_val] >> -((hyphen | lit(' ')) >> lexicon::small_numbers[add_to_val]) >> word_end] |
    lexeme[(lexicon::small_numbers >> word_end)[copy_to_val]]];

// "first" .. "thirty-first", "1st", "22nd".
inline const auto ordinal = as<int>[
    lexeme[digits_1_2[copy_to_val] >> (lit("st") | "nd" | "rd" | "th") >> word_end] |
    lexeme[lexicon::tens[copy_to_val] >> hyphen >> lexicon::ordinal_words[add_to_val] >> word_end] |
    lexeme[(lexicon::ordinal_words >> word_end)[copy_to_val]]];

// ---- calendar fields -----------------------------------------------------------------------------
inline constexpr auto checked_day = [](auto& ctx) {
  int d = x3::_attr(ctx);
  if (d < 1 || d > 31) x3::_pass(ctx) = false; else x3::_val(ctx).day = d;
};
inline constexpr auto checked_year = [](auto& ctx) {
  int y = x3::_attr(ctx);
  if (y < 1000 || y > 2199) x3::_pass(ctx) = false; else x3::_val(ctx).year = y;
};
inline constexpr auto two_digit_year = [](auto& ctx) {
  auto& e = x3::_val(ctx);
  e.year = x3::_attr(ctx);
  e.two_digit_year = true;
};

// The field is stored only once the whole word has matched: "Mar" is a prefix of "market",
// and a failed alternative leaves what its actions stored.
inline const auto month = lexeme[(lexicon::months >> word_end)[store<&ast::Expression::month>]];
inline const auto weekday = lexeme[(lexicon::weekdays >> word_end)[store<&ast::Expression::weekday>]];
// "19", "19th", "19th," — a day of the month.
inline const auto day_number =
    lexeme[digits_1_2[checked_day] >> -(lit("st") | "nd" | "rd" | "th") >> word_end];
// "April one", "March eighth", "Sept twenty-first": a day written in words, as 1987 wire copy
// spells the days under ten. Only where no noun follows: "in March one company" is no date.
inline const auto after_spelled_day =
    &(lexeme[*lit(' ') >> (x3::eoi | x3::char_(",.;:)\n\r"))] | kw("to") | kw("and") | kw("through") | kw("or") |
      lexeme[digits_4 >> word_end]);
inline const auto spelled_day =
    as<int>[lexeme[lexicon::tens[copy_to_val] >>
                   -(hyphen >> (lexicon::small_numbers[add_to_val] | lexicon::ordinal_words[add_to_val])) >> word_end] |
            lexeme[(lexicon::small_numbers >> word_end)[copy_to_val]] |
            lexeme[(lexicon::ordinal_words >> word_end)[copy_to_val]]][checked_day] >>
    after_spelled_day;
// "2021", "'98", "’98".
inline const auto year4 = lexeme[digits_4[checked_year] >> word_end];
inline const auto year_short = lexeme[apostrophe >> digits_2[two_digit_year] >> word_end];
// "nineteen ninety-six", "two thousand": years as they are read aloud ("two thousand years" is
// a count).
inline const auto unit_word_ahead = lexeme[lexicon::units >> word_end];
inline constexpr auto hundreds = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  if (h < 10 || h > 20) x3::_pass(ctx) = false; else x3::_val(ctx).year = h * 100;
};
inline constexpr auto add_to_year = [](auto& ctx) { x3::_val(ctx).year += x3::_attr(ctx); };
inline const auto spelled_year =
    (lexeme[(lexicon::small_numbers >> word_end)[hundreds]] >>
     (lexeme[lexicon::tens[add_to_year] >> -(hyphen >> lexicon::small_numbers[add_to_year]) >> word_end] |
      lexeme[lexicon::small_numbers[([](auto& ctx) {
        const int v = x3::_attr(ctx);
        if (v < 10 || v > 19) x3::_pass(ctx) = false; else x3::_val(ctx).year += v;
      })] >> word_end])) |
    (kw("two") >> kw("thousand") >> !unit_word_ahead >> x3::eps[mark<&ast::Expression::year, 2000>]);
inline const auto year = year4 | year_short | spelled_year;

inline const auto unit = lexeme[(lexicon::units >> word_end)[store_unit]];
inline const auto count = number[store<&ast::Expression::count>];
inline const auto vague = lexeme[lexicon::vague_quantities >> word_end] >> x3::eps[mark<&ast::Expression::vague_count, true>];
inline const auto part_of_day =
    lexeme[(lexicon::parts_of_day >> word_end)[store<&ast::Expression::part_of_day>]];
inline const auto season = lexeme[(lexicon::seasons >> word_end)[store<&ast::Expression::season>]];

// "early", "mid-", "late", "the end of" ...: the TIMEX3 mod of what follows.
using M = ast::Modifier;
inline const auto period_mod =
    (lexeme[lit("early") >> hyphen] | kw("early") | (-kw("the") >> (kw("beginning") | kw("start")) >> kw("of")) |
     (kw("the") >> kw("first") >> (kw("week") | kw("weeks") | kw("days")) >> kw("of")))[mark<&ast::Expression::mod, M::Start>] |
    (lexeme[lit("mid") >> hyphen] | kw("mid") | (-kw("the") >> kw("middle") >> kw("of")))[mark<&ast::Expression::mod, M::Mid>] |
    (lexeme[lit("late") >> hyphen] | kw("late") | (-kw("the") >> kw("end") >> kw("of")) |
     (kw("the") >> (kw("last") | kw("final")) >> (kw("week") | kw("weeks") | kw("days")) >> kw("of")))[mark<&ast::Expression::mod, M::End>];

// "more than", "nearly" ...: the TIMEX3 mod of a quantity, inside the extent as TimeML corpora
// annotate it. "about", "around", "over" stay outside the extent (the corpus leaves "over" out
// 28 times in 30, "about" 9 in 11); the resolver still reads them for the mod.
inline const auto quantity_mod =
    (kw("nearly") | kw("close to") | kw("roughly") | kw("approximately"))[mark<&ast::Expression::mod, M::Approx>] |
    (kw("more than") | kw("upwards of"))[mark<&ast::Expression::mod, M::MoreThan>] |
    kw("at least")[mark<&ast::Expression::mod, M::EqualOrMore>] |
    (kw("less than") | kw("under") | kw("fewer than"))[mark<&ast::Expression::mod, M::LessThan>] |
    (kw("at most") | kw("no more than") | kw("up to"))[mark<&ast::Expression::mod, M::EqualOrLess>];

}  // namespace parley::grammar::blocks

namespace parley::grammar::blocks {
using E = ast::Expression;
// A leading "the" that TimeML keeps in the extent ("the third quarter", "the 1990s").
inline const auto the = kw("the") >> x3::eps[mark<&E::definite, true>];
inline constexpr auto checked_quarter = [](auto& ctx) {
  int q = x3::_attr(ctx);
  if (q < 1 || q > 4) x3::_pass(ctx) = false; else x3::_val(ctx).quarter = q;
};
inline constexpr auto checked_half = [](auto& ctx) {
  int h = x3::_attr(ctx);
  if (h < 1 || h > 2) x3::_pass(ctx) = false; else x3::_val(ctx).half = h;
};
inline constexpr auto checked_decade = [](auto& ctx) {
  int y = x3::_attr(ctx);
  if (y % 10 != 0 || y < 1000 || y > 2190) x3::_pass(ctx) = false; else x3::_val(ctx).decade = y / 10;
};
inline constexpr auto short_decade = [](auto& ctx) {
  int y = x3::_attr(ctx);
  if (y % 10 != 0) { x3::_pass(ctx) = false; return; }
  x3::_val(ctx).decade = y / 10;
  x3::_val(ctx).two_digit_year = true;
};
}  // namespace parley::grammar::blocks

namespace parley::grammar::blocks {
// "a year", "an hour": the article counts one.
inline const auto article = (kw("a") | kw("an")) >> x3::eps[mark<&E::count, 1>];
// A unit word that must be singular ("the next day", not "the next days").
inline constexpr auto singular_unit_action = [](auto& ctx) {
  lexicon::UnitWord const& u = x3::_attr(ctx);
  if (u.plural) x3::_pass(ctx) = false; else x3::_val(ctx).unit = u.unit;
};
inline constexpr auto plural_unit_action = [](auto& ctx) {
  lexicon::UnitWord const& u = x3::_attr(ctx);
  if (!u.plural) { x3::_pass(ctx) = false; return; }
  x3::_val(ctx).unit = u.unit;
  if (x3::_val(ctx).count == ast::absent) x3::_val(ctx).vague_count = true;
};
inline const auto unit_singular = lexeme[(lexicon::units >> word_end)[singular_unit_action]];
inline const auto unit_plural = lexeme[(lexicon::units >> word_end)[plural_unit_action]];
// "two and a half years": the half is added to the count.
// A half added to the count: "and a half", "1/2", "-1/2", "-and-a-half".
inline constexpr auto add_half = [](auto& ctx) { x3::_val(ctx).fraction = 0.5; };
inline const auto and_a_half = (kw("and") >> kw("a") >> kw("half")) >> x3::eps[add_half];
// "5 1/2 hours": a written half.
inline const auto written_half = lexeme[lit("1/2") >> word_end] >> x3::eps[add_half];
// "3.5 years", "12-1/2 years": a count with a fraction (durations only: a shift by "2.5 years
// ago" would need fractional calendar arithmetic).
inline constexpr auto store_decimals = [](auto& ctx) {
  double f = 0, scale = 0.1;
  for (char c : x3::_attr(ctx)) {
    f += (c - '0') * scale;
    scale /= 10;
  }
  x3::_val(ctx).fraction = f;
};
inline const auto fractional_count =
    lexeme[digits_1_4[store<&ast::Expression::count>] >>
           ((lit('.') >> x3::raw[x3::repeat(1, 3)[x3::digit]][store_decimals] >> !x3::digit) |
            (hyphen >> lit("1/2") >> x3::eps[add_half])) >>
           word_end] |
    // "two-and-a-half years"
    lexeme[(digits_1_4[store<&ast::Expression::count>] | lexicon::small_numbers[store<&ast::Expression::count>]) >>
           hyphen >> lit("and") >> hyphen >> lit("a") >> hyphen >> lit("half") >> word_end >> x3::eps[add_half]];
// Any quantity of units: "three", "twenty-four", "a", "several", "a few".
inline const auto quantity = (count >> -(and_a_half | written_half)) | vague | article;
// Nothing word-like follows: "two days later." but not "two days after the attack".
inline const auto no_complement = !x3::ascii::alpha;
}  // namespace parley::grammar::blocks
