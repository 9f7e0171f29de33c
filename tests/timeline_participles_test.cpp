// Past participles that describe a noun are no events (engine/timeline/adjective_participles.cpp):
// a web page's caption ("In this photo released by ...", "Harthy, left, meets") and adjectives
// after a preposition ("behind closed doors", "with mixed results"). The verbs beside them stay.
// The article, tests/timeline_articles/page-captions-and-participles.txt, was written for this test.
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using namespace parley::testing;

TEST(AdjectiveParticiples, CaptionsAndPrepositionalAdjectivesAreNoEvents) {
  const auto& a = golden_article("page-captions-and-participles.txt");
  EXPECT_EQ(a.find("released", "In this photo released by"), nullptr);
  EXPECT_EQ(a.find("left", "Harthy, left, meets"), nullptr);
  EXPECT_EQ(a.find("closed", "behind closed doors"), nullptr);
  EXPECT_EQ(a.find("mixed", "with mixed results"), nullptr);
  EXPECT_EQ(a.find("issued", "In a statement issued by"), nullptr);
  // the caption's own verb stays, its subject past the position word, on the caption's closing
  // date ("in Muscat, Oman, Thursday, June 11, 2026.") rather than the page's day
  const Event* meets = a.find("meets", "Harthy, left, meets");
  ASSERT_NE(meets, nullptr);
  EXPECT_EQ(earliest(*meets), "2026-06-11T00:00:00");
  EXPECT_EQ(latest(*meets), "2026-06-11T23:59:59");
  EXPECT_EQ(meets->actors, std::vector<std::string>{"Foreign Minister Salim Harthy"});
}

TEST(AdjectiveParticiples, TheVerbsBesideThemStay) {
  const auto& a = golden_article("page-captions-and-participles.txt");
  // "has since returned": "since" after an auxiliary is an adverb, the verb is the event
  const Event* returned = a.find("returned", "have since returned");
  ASSERT_NE(returned, nullptr);
  EXPECT_EQ(returned->kind, EventKind::Action);
  // "Harthy left Muscat on Friday": "left" as a verb, dated
  const Event* left = a.find("left", "Harthy left Muscat");
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(earliest(*left), "2026-06-12T00:00:00");
  const Event* met = a.find("met", "met on Thursday for the third round");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(earliest(*met), "2026-06-11T00:00:00");
  const Event* agreed = a.find("agreed", "both sides agreed to meet again");
  EXPECT_NE(agreed, nullptr);
}

}  // namespace
