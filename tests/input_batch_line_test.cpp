// One line of the batch protocol's input: every problem becomes that line's error.
#include <gtest/gtest.h>

#include "parley/batch_line.hpp"

using parley::read_batch_line;

TEST(InputBatchLine, ReadsIdTextAndDct) {
  const auto line = read_batch_line(R"({"id": "APW1", "text": "It rained yesterday.", "dct": "1998-08-07"})", 1);
  ASSERT_TRUE(line.document) << line.error;
  EXPECT_EQ(line.id, "APW1");
  EXPECT_EQ(line.document->id, "APW1");
  EXPECT_EQ(line.document->text, "It rained yesterday.");
  ASSERT_TRUE(line.document->dct);
  EXPECT_EQ(line.document->dct->text, "1998-08-07");
}

TEST(InputBatchLine, DctMayBeNullOrMissing) {
  EXPECT_FALSE(read_batch_line(R"({"id": "a", "text": "x", "dct": null})", 1).document->dct);
  EXPECT_FALSE(read_batch_line(R"({"id": "a", "text": "x"})", 1).document->dct);
}

TEST(InputBatchLine, NumericIdIsKeptAsItsDigits) {
  EXPECT_EQ(read_batch_line(R"({"id": 42, "text": "x"})", 1).id, "42");
}

TEST(InputBatchLine, ProblemsBecomeErrorsNamingTheLine) {
  auto not_json = read_batch_line("{\"id\": \"a\", ", 3);
  EXPECT_FALSE(not_json.document);
  EXPECT_FALSE(not_json.id);
  EXPECT_TRUE(not_json.error.starts_with("line 3: not JSON: parse error")) << not_json.error;

  auto no_text = read_batch_line(R"({"id": "b"})", 4);
  EXPECT_EQ(no_text.id, "b");
  EXPECT_EQ(no_text.error, "line 4: \"text\" must be a string");

  EXPECT_EQ(read_batch_line(R"({"id": "c", "text": "x", "dct": "May 5"})", 5).error,
            "line 5: dct 'May 5' is not YYYY-MM-DD[THH:MM[:SS]]");
  EXPECT_EQ(read_batch_line(R"({"id": "d", "text": "x", "dct": 20210520})", 6).error,
            "line 6: \"dct\" must be a string or null");
  EXPECT_EQ(read_batch_line("[1, 2]", 7).error, "line 7: expected a JSON object {\"id\", \"text\", \"dct\"}");
  EXPECT_FALSE(read_batch_line("", 8).document);
  EXPECT_FALSE(read_batch_line("{\"id\": \"e\", \"text\": \"\xC3\"}", 9).document);  // invalid UTF-8
}

// Lines simdjson reads and lines it leaves to nlohmann-json give the same requests.
TEST(InputBatchLine, RepeatedKeysEscapedKeysAndOddIdsReadAsJsonSays) {
  const auto repeated = read_batch_line(R"({"id": "a", "text": "first", "text": "second", "dct": "1998-08-07"})", 1);
  ASSERT_TRUE(repeated.document) << repeated.error;
  EXPECT_EQ(repeated.document->text, "second");  // the last of a repeated key counts
  const auto escaped = read_batch_line(R"({"i\u0064": "b", "t\u0065xt": "on \"May\" 5\n"})", 2);
  ASSERT_TRUE(escaped.document) << escaped.error;
  EXPECT_EQ(escaped.id, "b");
  EXPECT_EQ(escaped.document->text, "on \"May\" 5\n");
  EXPECT_EQ(read_batch_line(R"({"id": 4.50, "text": "x"})", 3).id, "4.5");
  EXPECT_EQ(read_batch_line(R"({"id": true, "text": "x"})", 4).id, "true");
  const auto crlf = read_batch_line("{\"id\": \"c\", \"text\": \"x\"}\r", 5);
  ASSERT_TRUE(crlf.document) << crlf.error;
  EXPECT_EQ(crlf.document->text, "x");
  const auto control = read_batch_line("{\"id\": \"d\", \"text\": \"a\x01z\"}", 6);
  EXPECT_FALSE(control.document);
  EXPECT_TRUE(control.error.starts_with("line 6: not JSON: parse error")) << control.error;
  EXPECT_NE(control.error.find("control character U+0001 (SOH) must be escaped"), std::string::npos) << control.error;
  const auto nul = read_batch_line(R"({"id": "e", "text": "a\u0000z"})", 7);
  ASSERT_TRUE(nul.document) << nul.error;
  EXPECT_EQ(nul.document->text, std::string("a\0z", 3));
}
