#pragma once
// Test data for the input and output tests: hand-made tagger results, so the emitters are tested
// with real values whatever the grammar finds today, and the TBAQ gold.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "parley/document.hpp"
#include "parley/timex.hpp"

namespace parley::testing {

// The byte offset of code point `cp` in UTF-8 `text`.
inline std::size_t byte_offset(const std::string& text, std::size_t cp) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == cp) return i;
  }
  return i;
}

inline Span span_of(const std::string& text, const std::string& covered, std::size_t from = 0) {
  const auto begin = text.find(covered, from);
  // Code points before the span: all bytes that are not continuation bytes.
  std::size_t cp = 0;
  for (std::size_t i = 0; i < begin; ++i) cp += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  std::size_t cp_len = 0;
  for (const char c : covered) cp_len += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return Span{begin, begin + covered.size(), cp, cp + cp_len};
}

inline Timex make_timex(const std::string& text, const std::string& covered, const std::string& id,
                        const std::string& value, TimexType type = TimexType::Date) {
  Timex t;
  t.id = id;
  t.span = span_of(text, covered);
  t.text = covered;
  t.time.type = type;
  t.time.value = value;
  return t;
}

// "yesterday" against DCT 2021-05-20, with every attribute a DATE has.
inline Timex yesterday_timex(const std::string& text) {
  using namespace date::literals;
  Timex t = make_timex(text, "yesterday", "t1", "2021-05-19");
  t.time.earliest = Instant{date::sys_days{2021_y / date::May / 19}};
  t.time.latest = *t.time.earliest + std::chrono::hours{23} + std::chrono::minutes{59} + std::chrono::seconds{59};
  t.time.granularity = Granularity::Day;
  t.time.basis = Basis::Dct;
  t.time.anchor = "dct";
  return t;
}

inline Document document_with_dct(const std::string& text, const char* dct = "2021-05-20") {
  Document doc;
  doc.id = "vienna";
  doc.path = "vienna.txt";
  doc.text = text;
  doc.dct = parse_dct(dct);
  return doc;
}

// shared/corpora/tbaq.jsonl by document id; empty when the shared folder is absent.
inline std::map<std::string, nlohmann::json> load_tbaq_gold() {
  std::map<std::string, nlohmann::json> gold;
  std::ifstream in(std::filesystem::path(PARLEY_SHARED_DIR) / "corpora" / "tbaq.jsonl");
  for (std::string line; std::getline(in, line);) {
    auto record = nlohmann::json::parse(line);
    const std::string id = record["id"];
    gold[id] = std::move(record);
  }
  return gold;
}

}  // namespace parley::testing
