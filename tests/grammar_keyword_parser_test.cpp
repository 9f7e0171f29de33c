// The keyword parser must match exactly what lexeme[lit(word) >> !ascii::alnum] matches, and
// leave the iterator where that leaves it, on success and on failure (a failed keyword still
// skips the white space before it, as lexeme's pre-skip does).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/branch_start.hpp"
#include "grammar/first_words.hpp"
#include "grammar/keyword_parser.hpp"

namespace {

namespace x3 = boost::spirit::x3;
using parley::grammar::keyword_parser;

struct Outcome {
  bool matched;
  std::ptrdiff_t stop;  // where the iterator is left
  bool operator==(const Outcome&) const = default;
};

template <typename Parser>
Outcome phrase(const Parser& p, const std::string& text) {
  const char* first = text.data();
  const char* const last = first + text.size();
  const bool ok = x3::phrase_parse(first, last, p, x3::ascii::space, x3::skip_flag::dont_post_skip);
  return {ok, first - text.data()};
}

TEST(KeywordParser, MatchesAndStopsWhereLexemeOfLiteralAndWordEndDoes) {
  const std::vector<std::string> words = {"the", "a", "close to", "jan.", "mid", "'s", "1/2"};
  const std::vector<std::string> texts = {
      "", " ", "the", "the day", "  the day", "\t\n\v\f\rthe", "then", "the1", "theA", "the-day", "the\xE2\x80\x99",
      "th", "The", "a", "an", "a.", " a b", "close to", "close  to", "close to it", "close tot", "jan. 5", "jan.5",
      "jan.x", "mid", "mid-1987", "midst", "'s", "'s ", "1/2", "1/23", "1/2x", "x the", "\xC2\xA0the"};
  for (const std::string& w : words) {
    const auto reference = x3::lexeme[x3::lit(w.c_str()) >> !x3::ascii::alnum];
    const keyword_parser keyword(w);
    for (const std::string& t : texts) {
      EXPECT_EQ(phrase(keyword, t), phrase(reference, t)) << "word '" << w << "' on '" << t << "'";
      // Inside a lexeme there is no pre-skip, for either.
      EXPECT_EQ(phrase(x3::lexeme[keyword], t), phrase(x3::lexeme[reference], t)) << "lexeme '" << w << "' on '" << t << "'";
    }
  }
}

TEST(KeywordParser, SequencesGoOnAfterTheWord) {
  const keyword_parser at("at"), least("least");
  EXPECT_EQ(phrase(at >> least, "at least 3"), (Outcome{true, 8}));
  EXPECT_EQ(phrase(at >> least, "at leastwise"), (Outcome{false, 0}));
  EXPECT_EQ(phrase(at | least, "  least"), (Outcome{true, 7}));
}

TEST(KeywordParser, FirstWordsAreTheWholeWord) {
  const auto firsts = parley::grammar::first_words_of(keyword_parser("mid") | keyword_parser("close to") |
                                                      keyword_parser("'s"));
  EXPECT_EQ(firsts.words, (std::vector<std::string>{"mid", "close"}));
  EXPECT_TRUE(firsts.prefixes.empty());
  EXPECT_TRUE(firsts.bytes.test('\''));
  EXPECT_FALSE(firsts.any);
}

}  // namespace

namespace {

// A branch's start consumes nothing: what the branch begins with is what follows it, and it
// resets the expression a failed branch wrote into.
TEST(BranchStart, ConsumesNothingAndResetsTheExpression) {
  using parley::grammar::branch_start;
  const auto firsts = parley::grammar::first_words_of(branch_start(parley::ast::Family::Date, "r") >> keyword_parser("the"));
  EXPECT_EQ(firsts.words, (std::vector<std::string>{"the"}));
  EXPECT_FALSE(firsts.any);

  const auto rule = x3::rule<struct branch_start_test, parley::ast::Expression>{"test"} =
      branch_start(parley::ast::Family::Time, "clock") >> keyword_parser("noon");
  parley::ast::Expression e;
  e.year = 1987;
  e.definite = true;
  const std::string text = "  noon";
  const char* first = text.data();
  ASSERT_TRUE(x3::phrase_parse(first, text.data() + text.size(), rule, x3::ascii::space, e));
  EXPECT_EQ(e.family, parley::ast::Family::Time);
  EXPECT_EQ(std::string(e.rule), "clock");
  EXPECT_EQ(e.year, parley::ast::absent);
  EXPECT_FALSE(e.definite);
  EXPECT_EQ(first, text.data() + text.size());
}

}  // namespace
