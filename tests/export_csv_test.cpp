// CSV read back with an RFC 4180 parser (quoted fields, doubled quotes, line breaks inside).
#include <gtest/gtest.h>

#include <map>

#include "parley/timeline_export.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;
using Row = std::vector<std::string>;

// RFC 4180: records end with CRLF; a quoted field may hold commas, CRLF and "" for a quote.
std::vector<Row> parse_csv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
    } else {
      if (c == '\n') throw std::runtime_error("bare LF outside quotes at byte " + std::to_string(i));
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) throw std::runtime_error("last record lacks CRLF");
  return rows;
}

std::map<std::string, std::string> record(const std::string& id) {
  static const auto rows = parse_csv(timeline_to_csv(parley::testing::vienna_timeline()));
  for (const Row& r : rows)
    if (r.at(0) == id) {
      std::map<std::string, std::string> m;
      for (std::size_t i = 0; i < rows[0].size(); ++i) m[rows[0][i]] = r.at(i);
      return m;
    }
  throw std::runtime_error("no row " + id);
}

TEST(ExportCsv, OneRowPerEventSameWidth) {
  const auto rows = parse_csv(timeline_to_csv(parley::testing::vienna_timeline()));
  ASSERT_EQ(rows.size(), parley::testing::vienna_timeline().events.size() + 1);
  for (const Row& r : rows) EXPECT_EQ(r.size(), rows[0].size());
  EXPECT_EQ(rows[0][0], "id");
}

TEST(ExportCsv, RoundFourEnd) {
  auto r = record(parley::testing::vienna_event("ended").id);
  EXPECT_EQ(r["when"], "19 May 2021, evening");
  EXPECT_EQ(r["edtf"], "2021-05-19");
  EXPECT_EQ(r["earliest"], "2021-05-19T17:00:00");
  EXPECT_EQ(r["latest"], "2021-05-19T23:59:59");
  EXPECT_EQ(r["shape"], "point");
  EXPECT_EQ(r["series"], "Vienna talks");
  EXPECT_EQ(r["round"], "4");
  EXPECT_EQ(r["place"], "Grand Hotel, Vienna");  // a comma: quoted
  EXPECT_EQ(r["evidence"].rfind("The fourth round of the Borjam Joint Commission meeting", 0), 0u);
}

TEST(ExportCsv, QuotesAndOpenBounds) {
  auto said = record(parley::testing::vienna_event("acknowledged").id);
  EXPECT_EQ(said["headline"], "A US State Department official acknowledged “significant progress”");
  auto trump = record(parley::testing::vienna_event("pursued").id);
  EXPECT_EQ(trump["earliest"], "");
  EXPECT_EQ(trump["when"], "on or before 20 May 2021");
  auto killed = record(parley::testing::vienna_event("assassination").id);
  EXPECT_EQ(killed["shape"], "unknown");
  EXPECT_EQ(killed["edtf"], "");
}

TEST(ExportCsv, DoubledQuotes) {
  const Timeline tl = parley::testing::one_event_timeline("He said \"no\", twice");
  const auto rows = parse_csv(timeline_to_csv(tl));
  EXPECT_EQ(rows.at(1).at(2), "He said \"no\", twice");
  EXPECT_NE(timeline_to_csv(tl).find("\"He said \"\"no\"\", twice\""), std::string::npos);
}

TEST(ExportCsv, ALineBreakStaysInsideItsQuotedField) {
  const Timeline tl = parley::testing::one_event_timeline("Talks ended\nin Vienna");
  const std::string csv = timeline_to_csv(tl);
  EXPECT_EQ(parse_csv(csv).at(1).at(2), "Talks ended\nin Vienna");
  EXPECT_NE(csv.find("\"Talks ended\nin Vienna\""), std::string::npos);
}

}  // namespace
