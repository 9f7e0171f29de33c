// The JSON writer of the JSON lines output: its bytes must be the ones nlohmann::json's dump()
// writes for the same values (what the emitter used to call), valid UTF-8 or not.
#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/output/json_text.hpp"

namespace {

std::string by_nlohmann(const std::string& s) {
  return nlohmann::ordered_json(s).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string by_json_text(const std::string& s) {
  std::string out;
  parley::output::append_json_string(out, s);
  return out;
}

TEST(JsonText, EscapesAsNlohmannDoes) {
  for (const std::string s : {std::string(""), std::string("plain"), std::string("a\"b\\c/"),
                              std::string("\x01\x1f\x7f\b\f\n\r\t", 8), std::string("\0nul", 4),
                              std::string("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80")})
    EXPECT_EQ(by_json_text(s), by_nlohmann(s)) << s;
}

TEST(JsonText, ReplacesInvalidUtf8AsNlohmannDoes) {
  // a lone lead byte, bytes UTF-8 never uses, a truncated sequence, an overlong form, a
  // surrogate, a code point past U+10FFFF
  for (const std::string s : {std::string("bad \xC3 x"), std::string("\xFF\xFE end"), std::string("trunc \xE2\x80"),
                              std::string("over \xC0\xAF x"), std::string("sur \xED\xA0\x80 x"),
                              std::string("big \xF4\x90\x80\x80"), std::string("\x80\x80 cont")}) {
    EXPECT_EQ(by_json_text(s), by_nlohmann(s));
    EXPECT_NE(by_json_text(s).find("\xEF\xBF\xBD"), std::string::npos);
  }
}

TEST(JsonText, AgreesWithNlohmannOnRandomBytes) {
  std::mt19937 rng(20261127);
  std::uniform_int_distribution<int> len(0, 24), byte(0, 255), pick(0, 3);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = len(rng); k > 0; --k) {
      // mostly bytes near UTF-8's boundaries, where decoders disagree
      const int b = pick(rng) == 0 ? byte(rng) : std::array<int, 12>{0x41, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0x9F, 0xA0}[byte(rng) % 12];
      s.push_back(static_cast<char>(b));
    }
    ASSERT_EQ(by_json_text(s), by_nlohmann(s)) << "case " << n;
  }
}

TEST(JsonText, WritesNestedValuesWithCommas) {
  parley::output::JsonText j;
  j.open_object().key("id").value("d1").key("dct").null().key("list").open_array();
  j.open_object().key("start").value(std::uint64_t{3}).key("n").value(-2).close_object();
  j.open_object().close_object();
  j.close_array().key("empty").open_array().close_array().close_object();
  EXPECT_EQ(j.str(), R"({"id":"d1","dct":null,"list":[{"start":3,"n":-2},{}],"empty":[]})");
}

}  // namespace
