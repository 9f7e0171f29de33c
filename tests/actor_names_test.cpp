// Actors on real-coverage shapes: subjects that name no one, a dateline or an adverb glued to a
// name, a list of names as its names (engine/timeline/actor_names.cpp), one name per actor across
// a collection (engine/merge/actor_identity.cpp), a mediator's name kept out of a series name, and
// a session two outlets number differently (`numbering_conflicts` of compare).
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/merge/actor_identity.hpp"
#include "engine/timeline/actor_names.hpp"
#include "engine/timeline/series_names.hpp"
#include "parley/dct.hpp"
#include "parley/document.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_compare.hpp"
#include "tests/timeline_article_fixture.hpp"

namespace {

using namespace parley;
using parley::timeline::actors_of_subject;
using parley::timeline::clean_subject;
using parley::timeline::names_no_actor;
using Names = std::vector<std::string>;

TEST(ActorNames, DatelinesLinesAndAdverbsAreCut) {
  EXPECT_EQ(clean_subject("MOSCOW (UrduPoint News / Sputnik - 28th October, 2020) Lebanese and Israeli negotiators"),
            "Lebanese and Israeli negotiators");
  EXPECT_EQ(clean_subject("28th October, 2020) Lebanese and Israeli negotiators"), "Lebanese and Israeli negotiators");
  EXPECT_EQ(clean_subject("KAZINFORM The next round of talks"), "The next round of talks");
  EXPECT_EQ(clean_subject("Syria envoy says all not lost after inconclusive peace talks\nThe fifth round of Geneva talks"),
            "The fifth round of Geneva talks");
  EXPECT_EQ(clean_subject("Texas Railroad Commissioner James\nNugent"), "Texas Railroad Commissioner James\nNugent");
  EXPECT_EQ(clean_subject("officials of the\nTreasury"), "officials of the\nTreasury");  // wire copy's wrapped lines
  EXPECT_EQ(clean_subject("the U.S. first"), "the U.S.");
  EXPECT_EQ(clean_subject("The American delegates first"), "The American delegates");
  EXPECT_EQ(clean_subject("He also"), "He");
  EXPECT_EQ(clean_subject("also"), "also");  // never emptied here: names_no_actor drops it
  EXPECT_EQ(clean_subject("NATO officials"), "NATO officials");
}

TEST(ActorNames, SubjectsThatNameNoOne) {
  for (const char* s : {"it", "we", "There", "It's an unusual move", "the proposals", "session", "discussions",
                        "The meeting", "the talks", "The last round of talks", "SMA negotiations",
                        "pay 1.04 trillion", "also"})
    EXPECT_TRUE(names_no_actor(s)) << s;
  for (const char* s : {"Lavrov", "the ministry", "Korean civilians", "Lebanese and Israeli negotiators",
                        "all the participants of the talks", "The U.S. State Department"})
    EXPECT_FALSE(names_no_actor(s)) << s;
}

TEST(ActorNames, AListOfNamesIsItsNames) {
  EXPECT_EQ(actors_of_subject("representatives from the United States, Canada, and Mexico"),
            (Names{"United States", "Canada", "Mexico"}));
  EXPECT_EQ(actors_of_subject("South Korea and the United States"), (Names{"South Korea", "United States"}));
  EXPECT_EQ(actors_of_subject("Iran and the P5+1"), (Names{"Iran", "P5+1"}));
  EXPECT_EQ(actors_of_subject("Lebanese and Israeli negotiators"), (Names{"Lebanese and Israeli negotiators"}));
  EXPECT_EQ(actors_of_subject("the heads of delegations"), (Names{"the heads of delegations"}));
  EXPECT_TRUE(actors_of_subject("The fifth round of talks").empty());
}

TEST(ActorNames, AMediatorNamesNoSeries) {
  EXPECT_EQ(timeline::clean_series_name("United States-mediated talks"), "talks");
  EXPECT_TRUE(timeline::series_identity(timeline::clean_series_name("United States-mediated talks")).empty());
  EXPECT_EQ(timeline::clean_series_name("UN-backed Geneva talks"), "Geneva talks");
}

const Event* by_trigger(const Timeline& t, std::string_view trigger, std::string_view context) {
  for (const Event& e : t.events)
    if (e.trigger == trigger)
      for (const Evidence& ev : e.evidence)
        if (ev.text.find(context) != std::string::npos) return &e;
  return nullptr;
}

TEST(ActorNames, OneArticle) {
  const Timeline t = parley::testing::collection_timeline({"plover-wire"});
  const Event* opened = by_trigger(t, "opened", "negotiators opened");
  ASSERT_NE(opened, nullptr);
  EXPECT_EQ(opened->actors, (Names{"Valdorian and Kestrian negotiators"}));
  const Event* wrapped = by_trigger(t, "wrapped", "wrapped up");
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->actors, (Names{"Valdoria", "Kestria", "Norland"}));
  const Event* took = by_trigger(t, "took", "last round");
  ASSERT_NE(took, nullptr);
  EXPECT_TRUE(took->actors.empty());
  EXPECT_EQ(took->kind, EventKind::Round);  // still the round, told of the talks
  const Event* added = by_trigger(t, "added", "It added");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->actors, (Names{"The Valdorian Foreign Ministry"}));  // "it": the body that spoke just before
  const Event* handed = by_trigger(t, "rejected", "rejected the map");
  ASSERT_NE(handed, nullptr);
  EXPECT_EQ(handed->actors, (Names{"The Kestrian delegates"}));
}

TEST(ActorNames, OneNamePerActorAcrossOutlets) {
  const Timeline t = parley::testing::collection_timeline({"plover-wire", "plover-paper", "plover-radio"});
  std::vector<std::string> all;
  for (const Event& e : t.events) all.insert(all.end(), e.actors.begin(), e.actors.end());
  auto has = [&](std::string_view a) { return std::find(all.begin(), all.end(), a) != all.end(); };
  EXPECT_TRUE(has("Valdorian President Anton Marek"));
  EXPECT_FALSE(has("Marek"));
  EXPECT_FALSE(has("Anton Marek"));
  EXPECT_TRUE(has("The Valdorian Foreign Ministry"));
  EXPECT_FALSE(has("The Foreign Ministry"));
  EXPECT_TRUE(has("United States"));
  EXPECT_FALSE(has("U.S."));
  EXPECT_TRUE(has("Kestria"));  // not joined to "Kestrian delegates" (a lowercase head is no name)
  const Event* welcomed = by_trigger(t, "welcomed", "welcomed");
  ASSERT_NE(welcomed, nullptr);
  EXPECT_EQ(welcomed->actors, (Names{"Kestria", "United States"}));
}

std::vector<Event> events_of(std::vector<Names> actors) {
  std::vector<Event> out;
  for (auto& a : actors) {
    Event e;
    e.actors = std::move(a);
    out.push_back(std::move(e));
  }
  return out;
}

TEST(ActorIdentity, SurnameRoleParticleAndSpelling) {
  std::vector<Event> ev = events_of({{"Putin"}, {"Vladimir Putin"}, {"Russian President Vladimir Putin"},
                                     {"Russian President Vladimir Putin"}, {"de Mistura"},
                                     {"The UN mediator Staffan De Mistura"}, {"Staffan de Mistura"},
                                     {"James Dehart"}, {"James DeHart"}, {"James DeHart"},
                                     {"US Trade Representative Robert Lighthizer"},
                                     {"U.S. Trade Representative Robert Lighthizer"},
                                     {"U.S. Trade Representative Robert Lighthizer"}, {"Lighthizer"}});
  merge::name_actors_alike(ev);
  for (std::size_t k : {0u, 1u, 2u}) EXPECT_EQ(ev[k].actors, (Names{"Russian President Vladimir Putin"})) << k;
  for (std::size_t k : {4u, 6u}) EXPECT_EQ(ev[k].actors, (Names{"The UN mediator Staffan De Mistura"})) << k;
  EXPECT_EQ(ev[7].actors, (Names{"James DeHart"}));
  for (std::size_t k : {10u, 13u}) EXPECT_EQ(ev[k].actors, (Names{"U.S. Trade Representative Robert Lighthizer"})) << k;
}

TEST(ActorIdentity, AShortNameTwoPeopleShareStaysAsWritten) {
  std::vector<Event> ev = events_of({{"Kim"}, {"Kim Jong Un"}, {"Kim Yo Jong"}, {"Korea"}, {"South Korea"},
                                     {"North Korea"}, {"Russia"}, {"Russian negotiators"}});
  merge::name_actors_alike(ev);
  EXPECT_EQ(ev[0].actors, (Names{"Kim"}));
  EXPECT_EQ(ev[3].actors, (Names{"Korea"}));
  EXPECT_EQ(ev[6].actors, (Names{"Russia"}));
}

TEST(ActorNames, AlsoTellsAFurtherStatement) {
  Document d;
  d.id = "also";
  d.text = "UN envoy Staffan de Mistura said the talks were useful. He also said that a new round was planned.";
  d.dct = parse_dct("2017-03-03");
  TimelineInput in{d.id, d.text, d.dct, d.source, nullptr};
  const Timeline t = build_timeline(std::span<const TimelineInput>(&in, 1));
  std::size_t statements = 0;
  for (const Event& e : t.events)
    if (e.kind == EventKind::Statement) {
      ++statements;
      EXPECT_EQ(e.actors, (Names{"UN envoy Staffan de Mistura"}));
    }
  EXPECT_EQ(statements, 2u);
}

TEST(NumberingConflicts, OneSessionTwoNumbers) {
  std::vector<Timeline> sources;
  for (const char* n : {"plover-paper", "plover-radio"}) sources.push_back(parley::testing::collection_timeline({n}));
  const CompareReport r = compare_timelines(sources);
  ASSERT_EQ(r.numbering_conflicts.size(), 1u);
  const NumberingConflict& c = r.numbering_conflicts[0];
  EXPECT_EQ(c.series, "Plover Strait talks");
  EXPECT_EQ(c.bound, "start");
  ASSERT_EQ(c.readings.size(), 2u);
  EXPECT_EQ(c.readings[0].round, 1);
  EXPECT_EQ(c.readings[0].reading.sources, (Names{"plover-radio"}));
  EXPECT_EQ(c.readings[0].reading.value, "2024-10-14");
  ASSERT_EQ(c.readings[0].reading.spans.size(), 1u);
  EXPECT_NE(c.readings[0].reading.spans[0].context.find("The first round"), std::string::npos);
  EXPECT_EQ(c.readings[1].round, 2);
  EXPECT_EQ(c.readings[1].reading.sources, (Names{"plover-paper"}));
  EXPECT_EQ(c.readings[1].reading.value, "2024-10-14");
  EXPECT_GT(r.summary.conflicts(), 0u);  // `parley compare` exits 3
  EXPECT_NE(summary_line(r.summary).find("1 numbering conflict"), std::string::npos);
}

// Through the binary: a numbering conflict alone makes the sources conflict (exit 3), and the
// text report names both numbers.
TEST(NumberingConflicts, CommandLineExitsThree) {
  const std::string dir = ::testing::TempDir(), out = dir + "/numbering.out";
  const std::string fixtures = PARLEY_SOURCE_DIR "/tests/timeline_articles/collection/";
  const std::string cmd = std::string(PARLEY_BINARY) + " compare --format text " + fixtures + "plover-paper.txt " +
                          fixtures + "plover-radio.txt > " + out + " 2> /dev/null";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3);
  std::ifstream in(out);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("Numbering conflicts (1):\n  Plover Strait talks start, one session numbered 2 ways:\n"
                      "    round 1 plover-radio: 2024-10-14"),
            std::string::npos);
  EXPECT_NE(text.find("    round 2 plover-paper: 2024-10-14"), std::string::npos);
}

TEST(NumberingConflicts, AgreeingNumbersAreNone) {
  std::vector<Timeline> sources;
  for (const char* n : {"plover-wire", "plover-radio"}) sources.push_back(parley::testing::collection_timeline({n}));
  EXPECT_TRUE(compare_timelines(sources).numbering_conflicts.empty());
}

}  // namespace
