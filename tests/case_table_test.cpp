// The case tables of tests/cases/*.tsv, run as one GoogleTest case per row ("absolute_dates_L12").
// The tables are the specification of the tagger; this driver only reads them and compares. The
// format is described in tests/cases/README.md.

#include <gtest/gtest.h>

#include <date/date.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/tagger/zones.hpp"
#include "parley/dct.hpp"
#include "parley/tagger.hpp"
#include "parley/timex.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHeader = "rule\ttext\tdct\tspan\ttype\tvalue\tearliest\tlatest";
constexpr std::size_t kRequiredColumns = 8;
constexpr std::size_t kMaxColumns = 9;  // the optional ninth column: key=value;key=value
constexpr std::size_t kMinTotalRows = 400;

// The family tables and the fewest rows each must hold.
const std::map<std::string, std::size_t>& family_minimums() {
  static const std::map<std::string, std::size_t> minimums{
      {"absolute_dates", 30}, {"times", 30},          {"deictic", 30},   {"anaphoric", 30},
      {"durations", 30},      {"sets", 30},           {"event_ordinals", 20}, {"negatives", 20},
      {"ranges", 20},
  };
  return minimums;
}

const std::set<std::string>& known_extra_keys() {
  static const std::set<std::string> keys{"mod",  "quant", "freq",      "basis",     "anchor",     "granularity",
                                          "noun", "begin", "end",       "in_range",  "zone",       "utcOffset",
                                          "earliestUtc"};
  return keys;
}

struct CaseRow {
  std::string family;  // file stem: "absolute_dates"
  std::string file;    // "absolute_dates.tsv"
  int line = 0;        // 1-based line in the file
  std::vector<std::string> columns;
  std::string problem;  // why the row is malformed, empty when it is well formed

  const std::string& col(std::size_t i) const {
    static const std::string empty;
    return i < columns.size() ? columns[i] : empty;
  }
  const std::string& rule() const { return col(0); }
  const std::string& text() const { return col(1); }
  const std::string& dct() const { return col(2); }
  const std::string& span() const { return col(3); }
  const std::string& type() const { return col(4); }
  const std::string& value() const { return col(5); }
  const std::string& earliest() const { return col(6); }
  const std::string& latest() const { return col(7); }
  std::string where() const { return file + ":" + std::to_string(line); }
  std::string test_name() const { return family + "_L" + std::to_string(line); }
};

// gtest prints parameters in failure output; keep it to the row's address and rule.
void PrintTo(const CaseRow& row, std::ostream* os) { *os << row.where() << " (" << row.rule() << ")"; }

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    auto tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

fs::path cases_dir() { return fs::path(PARLEY_SOURCE_DIR) / "tests" / "cases"; }

std::vector<fs::path> table_files() {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(cases_dir(), ec))
    if (entry.is_regular_file() && entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

struct TableFile {
  std::string name;
  bool header_ok = false;
  std::string header_problem;
  std::vector<CaseRow> rows;
};

TableFile read_table(const fs::path& path) {
  TableFile table;
  table.name = path.filename().string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    table.header_problem = "cannot open " + path.string();
    return table;
  }
  std::string line;
  int number = 0;
  bool seen_header = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    if (!seen_header) {
      seen_header = true;
      // The header names the eight required columns and, optionally, the ninth.
      table.header_ok = line.starts_with(kHeader) &&
                        (line.size() == kHeader.size() || line.substr(kHeader.size()).starts_with("\t"));
      if (!table.header_ok)
        table.header_problem = "line " + std::to_string(number) + ": expected the header \"" +
                               std::string(kHeader) + "[\\textra]\", found \"" + line + "\"";
      continue;
    }
    CaseRow row;
    row.family = path.stem().string();
    row.file = table.name;
    row.line = number;
    row.columns = split_tabs(line);
    if (row.columns.size() < kRequiredColumns || row.columns.size() > kMaxColumns)
      row.problem = "has " + std::to_string(row.columns.size()) + " tab-separated columns, expected " +
                    std::to_string(kRequiredColumns) + " or " + std::to_string(kMaxColumns);
    table.rows.push_back(std::move(row));
  }
  if (!seen_header) table.header_problem = "no header line";
  return table;
}

const std::vector<TableFile>& all_tables() {
  static const std::vector<TableFile> tables = [] {
    std::vector<TableFile> out;
    for (const auto& path : table_files()) out.push_back(read_table(path));
    return out;
  }();
  return tables;
}

std::vector<CaseRow> all_rows() {
  std::vector<CaseRow> rows;
  for (const auto& table : all_tables()) rows.insert(rows.end(), table.rows.begin(), table.rows.end());
  return rows;
}

// The optional ninth column: "mod=MORE_THAN;freq=2X". Returns a problem description or nothing.
std::optional<std::string> parse_extra(const CaseRow& row, std::map<std::string, std::string>& out) {
  if (row.columns.size() < kMaxColumns) return std::nullopt;
  std::string_view extra = row.columns[kMaxColumns - 1];
  if (extra.empty() || extra == "-") return std::nullopt;
  std::size_t start = 0;
  while (start <= extra.size()) {
    auto end = extra.find(';', start);
    auto item = extra.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    auto eq = item.find('=');
    if (eq == std::string_view::npos || eq == 0)
      return "extra column item \"" + std::string(item) + "\" is not key=value";
    std::string key(item.substr(0, eq));
    if (!known_extra_keys().contains(key)) return "extra column key \"" + key + "\" is not one the driver checks";
    out[key] = std::string(item.substr(eq + 1));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return std::nullopt;
}

bool is_instant(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS
  if (s.size() != 19) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
    switch (i) {
      case 4: case 7: if (c != '-') return false; break;
      case 10: if (c != 'T') return false; break;
      case 13: case 16: if (c != ':') return false; break;
      default: if (!digit) return false;
    }
  }
  return true;
}

std::string format_instant(const std::optional<parley::Instant>& t) {
  return t ? date::format("%FT%T", *t) : std::string("-");
}

std::string_view ordinal_kind_name(parley::EventOrdinal::Kind kind) {
  using Kind = parley::EventOrdinal::Kind;
  switch (kind) {
    case Kind::Number: return "number";
    case Kind::Latest: return "latest";
    case Kind::Next: return "next";
    case Kind::Previous: return "previous";
    case Kind::Final: return "final";
    case Kind::First: return "first";
  }
  return "?";
}

std::string ordinal_value(const parley::EventOrdinal& o) {
  return o.kind == parley::EventOrdinal::Kind::Number ? std::to_string(o.number)
                                                       : std::string(ordinal_kind_name(o.kind));
}

std::string describe(const parley::Timex& t) {
  std::ostringstream os;
  os << t.id << " \"" << t.text << "\" @" << t.span.begin << "-" << t.span.end << " "
     << parley::to_string(t.time.type) << " " << t.time.value << " [" << format_instant(t.time.earliest) << ", "
     << format_instant(t.time.latest) << "]";
  if (!t.time.mod.empty()) os << " mod=" << t.time.mod;
  if (!t.time.quant.empty()) os << " quant=" << t.time.quant;
  if (!t.time.freq.empty()) os << " freq=" << t.time.freq;
  os << " granularity=" << parley::to_string(t.time.granularity) << " basis=" << parley::to_string(t.time.basis)
     << " anchor=" << t.time.anchor;
  return os.str();
}

std::string describe(const parley::EventOrdinal& o) {
  std::ostringstream os;
  os << "ordinal \"" << o.text << "\" @" << o.span.begin << "-" << o.span.end << " " << ordinal_value(o);
  if (!o.noun.empty()) os << " noun=" << o.noun;
  return os.str();
}

std::string describe(const parley::TimexRange& r, const parley::TagResult& result) {
  std::ostringstream os;
  os << "range " << r.id << " \"" << r.text << "\" @" << r.span.begin << "-" << r.span.end << " DURATION " << r.value
     << " [" << format_instant(r.earliest) << ", " << format_instant(r.latest) << "] begin=\""
     << result.timexes[r.first].text << "\" end=\"" << result.timexes[r.last].text << "\"";
  return os.str();
}

std::string describe(const parley::TagResult& result) {
  std::ostringstream os;
  if (result.timexes.empty() && result.ordinals.empty()) return "    (nothing)\n";
  for (const auto& t : result.timexes) os << "    " << describe(t) << "\n";
  for (const auto& o : result.ordinals) os << "    " << describe(o) << "\n";
  for (const auto& r : result.ranges) os << "    " << describe(r, result) << "\n";
  return os.str();
}

std::string row_header(const CaseRow& row) {
  std::ostringstream os;
  os << "[" << row.where() << "] rule " << row.rule() << "\n"
     << "  text:     " << row.text() << "\n"
     << "  dct:      " << row.dct() << "\n";
  return os.str();
}

std::string expectation(const CaseRow& row, const std::map<std::string, std::string>& extra) {
  std::ostringstream os;
  os << "  expected: \"" << row.span() << "\" " << row.type() << " " << row.value();
  if (row.earliest() != "-" || row.latest() != "-") os << " [" << row.earliest() << ", " << row.latest() << "]";
  for (const auto& [k, v] : extra) os << " " << k << "=" << v;
  os << "\n";
  return os.str();
}

bool is_number(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "first" and 1 name the same position; the tagger may report either.
bool ordinal_matches(const parley::EventOrdinal& o, const std::string& expected) {
  using Kind = parley::EventOrdinal::Kind;
  bool is_first = o.kind == Kind::First || (o.kind == Kind::Number && o.number == 1);
  if (expected == "first" || expected == "1") return is_first;
  if (is_number(expected)) return o.kind == Kind::Number && std::to_string(o.number) == expected;
  return ordinal_value(o) == expected;
}

// Checks that make a row usable at all; shared by the lint test and each row's test.
std::optional<std::string> row_problem(const CaseRow& row) {
  if (!row.problem.empty()) return row.problem;
  if (row.rule().empty() || row.text().empty()) return std::string("empty rule or text");
  if (row.dct() != "-" && !parley::parse_dct(row.dct())) return "dct \"" + row.dct() + "\" does not parse";
  bool negative = row.family == "negatives";
  if (row.span().empty()) return std::string("empty span (use - for none)");
  if (!(negative && row.span() == "-") && row.text().find(row.span()) == std::string::npos)
    return "span \"" + row.span() + "\" does not occur in the text";
  static const std::set<std::string> types{"DATE", "TIME", "DURATION", "SET", "ORDINAL", "RANGE"};
  if (negative) {
    for (std::size_t i = 4; i < kRequiredColumns; ++i)
      if (row.col(i) != "-") return std::string("negatives rows have - in type, value, earliest and latest");
  } else {
    if (!types.contains(row.type())) return "type \"" + row.type() + "\" is not DATE, TIME, DURATION, SET, ORDINAL or RANGE";
    if ((row.type() == "ORDINAL") != (row.family == "event_ordinals"))
      return std::string("ORDINAL rows belong in event_ordinals.tsv, and only there");
    if (row.type() == "RANGE" && row.family != "ranges")
      return std::string("RANGE rows belong in ranges.tsv");
    if (row.value().empty() || row.value() == "-") return std::string("missing value (use * for any)");
    for (const auto* bound : {&row.earliest(), &row.latest()})
      if (*bound != "-" && !is_instant(*bound))
        return "bound \"" + *bound + "\" is not YYYY-MM-DDTHH:MM:SS or -";
    if (row.earliest() != "-" && row.latest() != "-" && row.earliest() > row.latest())
      return std::string("earliest is after latest");
  }
  std::map<std::string, std::string> extra;
  if (auto problem = parse_extra(row, extra)) return problem;
  return std::nullopt;
}

class CaseTable : public ::testing::TestWithParam<CaseRow> {};

void check_negative(const CaseRow& row, const parley::TagResult& result) {
  if (row.span() == "-") {
    if (!result.timexes.empty() || !result.ordinals.empty())
      ADD_FAILURE() << row_header(row) << "  expected: nothing tagged\n  parley found:\n" << describe(result);
    return;
  }
  std::size_t begin = row.text().find(row.span());
  std::size_t end = begin + row.span().size();
  auto overlaps = [&](const parley::Span& s) { return s.begin < end && begin < s.end; };
  bool hit = std::any_of(result.timexes.begin(), result.timexes.end(), [&](auto& t) { return overlaps(t.span); }) ||
             std::any_of(result.ordinals.begin(), result.ordinals.end(), [&](auto& o) { return overlaps(o.span); });
  if (hit)
    ADD_FAILURE() << row_header(row) << "  expected: nothing covering \"" << row.span() << "\" @" << begin << "-"
                  << end << "\n  parley found:\n" << describe(result);
}

void check_ordinal(const CaseRow& row, const std::map<std::string, std::string>& extra,
                   const parley::TagResult& result) {
  std::size_t begin = row.text().find(row.span());
  auto found = std::find_if(result.ordinals.begin(), result.ordinals.end(), [&](const parley::EventOrdinal& o) {
    return o.span.begin == begin && o.text == row.span();
  });
  std::string context = row_header(row) + expectation(row, extra) + "  parley found:\n" + describe(result);
  if (found == result.ordinals.end()) {
    ADD_FAILURE() << context << "  mismatch: no event ordinal with exactly this span at byte " << begin;
    return;
  }
  std::ostringstream mismatches;
  if (row.value() != "*" && !ordinal_matches(*found, row.value()))
    mismatches << "  mismatch: value is " << ordinal_value(*found) << ", expected " << row.value() << "\n";
  if (auto noun = extra.find("noun"); noun != extra.end() && found->noun != noun->second)
    mismatches << "  mismatch: noun is \"" << found->noun << "\", expected \"" << noun->second << "\"\n";
  if (!mismatches.str().empty()) ADD_FAILURE() << context << mismatches.str();
}

void check_timex(const CaseRow& row, const std::map<std::string, std::string>& extra,
                 const parley::TagResult& result) {
  std::size_t begin = row.text().find(row.span());
  auto found = std::find_if(result.timexes.begin(), result.timexes.end(), [&](const parley::Timex& t) {
    return t.span.begin == begin && t.span.end == begin + row.span().size() && t.text == row.span();
  });
  std::string context = row_header(row) + expectation(row, extra) + "  parley found:\n" + describe(result);
  if (found == result.timexes.end()) {
    ADD_FAILURE() << context << "  mismatch: no timex with exactly this span at bytes " << begin << "-"
                  << begin + row.span().size();
    return;
  }
  const parley::ResolvedTime& time = found->time;
  std::ostringstream mismatches;
  auto compare = [&](std::string_view what, std::string_view actual, std::string_view expected) {
    if (actual != expected)
      mismatches << "  mismatch: " << what << " is \"" << actual << "\", expected \"" << expected << "\"\n";
  };
  compare("type", parley::to_string(time.type), row.type());
  if (row.value() != "*") compare("value", time.value, row.value());
  if (row.earliest() != "-") compare("earliest", format_instant(time.earliest), row.earliest());
  if (row.latest() != "-") compare("latest", format_instant(time.latest), row.latest());
  for (const auto& [key, expected] : extra) {
    if (key == "mod") compare("mod", time.mod, expected);
    else if (key == "quant") compare("quant", time.quant, expected);
    else if (key == "freq") compare("freq", time.freq, expected);
    else if (key == "basis") compare("basis", parley::to_string(time.basis), expected);
    else if (key == "anchor") compare("anchor", time.anchor, expected);
    else if (key == "granularity") compare("granularity", parley::to_string(time.granularity), expected);
    else if (key == "zone") compare("zone", time.zone, expected);
    else if (key == "utcOffset") compare("utcOffset", time.utc_offset_minutes ? parley::engine::offset_text(*time.utc_offset_minutes) : "-", expected);
    else if (key == "earliestUtc") compare("earliestUtc", format_instant(time.earliest_utc), expected);
    else if (key == "noun") mismatches << "  table error: noun= applies to ORDINAL rows only\n";
    else if (key == "begin" || key == "end") mismatches << "  table error: " << key << "= applies to RANGE rows only\n";
    else if (key == "in_range") {
      const auto index = static_cast<std::size_t>(found - result.timexes.begin());
      const bool paired = std::any_of(result.ranges.begin(), result.ranges.end(),
                                      [&](const parley::TimexRange& r) { return r.first == index || r.last == index; });
      compare("in_range", paired ? "yes" : "no", expected);
    }
  }
  if (!mismatches.str().empty()) ADD_FAILURE() << context << mismatches.str();
}

// A RANGE row: the range record whose text is the span, its duration value and bounds, and
// (begin=, end=) the texts of its two ends.
void check_range(const CaseRow& row, const std::map<std::string, std::string>& extra, const parley::TagResult& result) {
  std::size_t begin = row.text().find(row.span());
  auto found = std::find_if(result.ranges.begin(), result.ranges.end(), [&](const parley::TimexRange& r) {
    return r.span.begin == begin && r.span.end == begin + row.span().size() && r.text == row.span();
  });
  std::string context = row_header(row) + expectation(row, extra) + "  parley found:\n" + describe(result);
  if (found == result.ranges.end()) {
    ADD_FAILURE() << context << "  mismatch: no range with exactly this span at bytes " << begin << "-"
                  << begin + row.span().size();
    return;
  }
  std::ostringstream mismatches;
  auto compare = [&](std::string_view what, std::string_view actual, std::string_view expected) {
    if (actual != expected)
      mismatches << "  mismatch: " << what << " is \"" << actual << "\", expected \"" << expected << "\"\n";
  };
  if (row.value() != "*") compare("value", found->value, row.value());
  if (row.earliest() != "-") compare("earliest", format_instant(found->earliest), row.earliest());
  if (row.latest() != "-") compare("latest", format_instant(found->latest), row.latest());
  for (const auto& [key, expected] : extra) {
    if (key == "begin") compare("begin", result.timexes[found->first].text, expected);
    else if (key == "end") compare("end", result.timexes[found->last].text, expected);
    else mismatches << "  table error: " << key << "= does not apply to RANGE rows\n";
  }
  if (!found->begin_inclusive || !found->end_inclusive) mismatches << "  mismatch: both ends should be inclusive\n";
  if (!mismatches.str().empty()) ADD_FAILURE() << context << mismatches.str();
}

TEST_P(CaseTable, Row) {
  const CaseRow& row = GetParam();
  if (auto problem = row_problem(row)) FAIL() << row_header(row) << "  table error: " << *problem;
  std::map<std::string, std::string> extra;
  parse_extra(row, extra);
  std::optional<parley::Dct> dct;
  if (row.dct() != "-") dct = parley::parse_dct(row.dct());
  const parley::TagResult result = parley::tag(row.text(), dct);
  if (row.family == "negatives") check_negative(row, result);
  else if (row.type() == "ORDINAL") check_ordinal(row, extra, result);
  else if (row.type() == "RANGE") check_range(row, extra, result);
  else check_timex(row, extra, result);
}

INSTANTIATE_TEST_SUITE_P(Tables, CaseTable, ::testing::ValuesIn(all_rows()),
                         [](const ::testing::TestParamInfo<CaseRow>& info) { return info.param.test_name(); });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(CaseTable);

TEST(CaseTables, EveryFileParses) {
  ASSERT_FALSE(all_tables().empty()) << "no .tsv tables found in " << cases_dir();
  for (const auto& table : all_tables()) {
    EXPECT_TRUE(table.header_ok) << table.name << ": " << table.header_problem;
    EXPECT_TRUE(family_minimums().contains(fs::path(table.name).stem().string()))
        << table.name << " is not one of the family tables; add it to family_minimums()";
    for (const auto& row : table.rows)
      if (auto problem = row_problem(row)) ADD_FAILURE() << row.where() << " (" << row.rule() << "): " << *problem;
  }
}

TEST(CaseTables, EnoughCases) {
  std::map<std::string, std::size_t> counts;
  std::size_t total = 0;
  for (const auto& table : all_tables()) {
    counts[fs::path(table.name).stem().string()] = table.rows.size();
    total += table.rows.size();
  }
  EXPECT_GE(total, kMinTotalRows) << "the case tables hold " << total << " rows in all";
  for (const auto& [family, minimum] : family_minimums())
    EXPECT_GE(counts[family], minimum) << family << ".tsv holds " << counts[family] << " rows";
}

// Two rows with the same text, DCT and span would test the same thing twice.
TEST(CaseTables, NoDuplicateRows) {
  std::set<std::string> seen;
  for (const auto& row : all_rows()) {
    std::string key = row.text() + '\t' + row.dct() + '\t' + row.span();
    EXPECT_TRUE(seen.insert(key).second) << row.where() << " repeats an earlier row: " << row.text();
  }
}

}  // namespace
