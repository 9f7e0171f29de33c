// The YAML writer of the YAML outputs: its bytes must be the ones yaml-cpp's YAML::Emitter writes
// for the same calls (what the emitters used to call), and what it writes must read back.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "engine/output/yaml_text.hpp"

namespace {

using parley::output::YamlText;

// Keys are short: yaml-cpp writes one over 1024 bytes as an explicit "? " key, which YamlText
// leaves out.
std::string key_for(const std::string& s) { return s.size() <= 1024 ? s : "long"; }

// yaml-cpp writes "1988", "2021-05-19" or "yes" bare, and a YAML 1.1 loader (PyYAML) reads them
// back as an int, a date and a boolean: YamlText double quotes them, as yaml-cpp does when asked
// to, and agrees with yaml-cpp's own choice on every other string.
struct As {
  const std::string& s;
};
YAML::Emitter& operator<<(YAML::Emitter& e, As a) {
  if (parley::output::yaml_loader_retypes(a.s)) e << YAML::DoubleQuoted;
  return e << a.s;
}

// The same string in the three places the outputs put strings: a block map's value, a flow
// sequence's item and a flow map's key and value.
std::string by_yaml_cpp(const std::string& s) {
  YAML::Emitter e;
  const std::string key = key_for(s);
  e << YAML::BeginMap << YAML::Key << "block" << YAML::Value << As{s};
  e << YAML::Key << "flow" << YAML::Value << YAML::Flow << YAML::BeginSeq << As{s} << YAML::EndSeq;
  e << YAML::Key << "map" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << As{key} << YAML::Value
    << As{s} << YAML::EndMap << YAML::EndMap;
  return e.c_str();
}

std::string by_yaml_text(const std::string& s) {
  YamlText y;
  y.begin_map().key("block").value(s);
  y.key("flow").begin_seq(YamlText::flow).value(s).end_seq();
  y.key("map").begin_map(YamlText::flow).key(key_for(s)).value(s).end_map().end_map();
  return y.str();
}

// The scalar alone as a document, read back by yaml-cpp's parser.
void expect_reads_back(const std::string& s) {
  for (const auto layout : {YamlText::block, YamlText::flow}) {
    YamlText y;
    y.begin_seq(layout).value(s).end_seq();
    const YAML::Node node = YAML::Load(y.str());
    ASSERT_TRUE(node.IsSequence()) << y.str();
    ASSERT_TRUE(node[0].IsScalar()) << y.str();
    ASSERT_EQ(node[0].as<std::string>(), s) << y.str();
  }
}

const std::vector<std::string> tricky = {
    "", " ", "plain", "two words", "~", "null", "Null", "NULL", "nULL", "yes", "no", "true", "false", "on", "off",
    "Yes", "TRUE", "y", "n", "0", "42", "-1", "3.14", "1e5", "0x1F", ".inf", ".nan", "2021-05-19", "12:30",
    "a: b", "a:b", "a:", ":", "::", ":a", "a :b", "- item", "-", "--", "---", "-a", "? q", "?", "?a", "a?",
    "[a]", "a[b]", "{a}", "a,b", "a, b", "a #b", "a#b", "#a", "@user", "a@b", "`code`", "a`b", "'quoted'",
    "it's", "\"quoted\"", "say \"hi\"", "&anchor", "*alias", "!tag", "|", ">", "%", "a%b", "a|b", "a>b",
    " leading", "trailing ", "  both  ", "tab\there", "\ttab", "tab\t", "line\nbreak", "\n", "a\n", "cr\r\nlf",
    "lone\rcr", "\r", "back\\slash", "\\", "caf\xC3\xA9", "\xE2\x80\x99s", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
    "\xC2\xA0nbsp", "nbsp\xC2\xA0", "\xC2\x85nel", "\xC2\x80", "\xC2\x9F", "\xEF\xBB\xBF" "bom", "a\xEF\xBB\xBF",
    std::string("nul\0x", 5), "\x01", "\x07\x08\x0B\x0C\x1B", "del\x7F", "\x7F", "\xF0\x9F\x98\x80 emoji",
    "\xEF\xBF\xBE", "\xEF\xB7\x90", "\xED\xA0\x80", "\xC3", "\xC3x", "\x80", "\xFF", "\xC0\x80", "\xC1\xBF",
    "\xE0\x80\x80", "\xF8\x80\x80\x80", "\xF4\x90\x80\x80", "a\x04", "-\x04", ":\x04", "a\x85", "a:\t", "a\t#",
    "a:,", "a:]", "a:}", "a]", "x,y", "{", "}", "a - b", "a ? b", "e.g. this", "Mr. Smith said: \"no\"",
    std::string(5000, 'x'), "long " + std::string(300, 'y') + " words: and more",
};

TEST(YamlText, WritesTrickyStringsAsYamlCppDoes) {
  for (const std::string& s : tricky) EXPECT_EQ(by_yaml_text(s), by_yaml_cpp(s)) << "[" << s.substr(0, 80) << "]";
}

TEST(YamlText, QuotesWhatALoaderWouldRetype) {
  for (const char* s : {"1988", "350", "-1", "+12", "0", "3.14", "1e5", "1_000", "0x1F", "0o17", "0b101", "017",
                        "1:20", "190:20:30", "2021-05-19", "1987-06-19T00:00:00", "2001-12-14 21:59:43.10 -5",
                        "2021-05-20T10:00Z", ".5", ".inf", "-.Inf", ".NaN", "yes", "No", "ON", "off", "y", "N",
                        "true", "FALSE", "null", "~", "", "<<", "="})
    EXPECT_TRUE(parley::output::yaml_loader_retypes(s)) << s;
  for (const char* s : {"P20Y", "1998-W02", "XXXX-05-20", "T10:00", "10 days", "1.5 bn", "Yesterday", "nobody",
                        "ontario", "PRESENT_REF", "e1", "2021-05-19 talks", "-", ".", "a.5"})
    EXPECT_FALSE(parley::output::yaml_loader_retypes(s)) << s;
}

TEST(YamlText, TrickyStringsReadBack) {
  // yaml-cpp writes a lone carriage return bare, and replaces invalid UTF-8 and noncharacters:
  // those strings cannot read back as themselves, from either writer.
  for (const std::string& s : tricky) {
    const bool lossy =
        s.find('\r') != std::string::npos || YAML::Load(by_yaml_cpp(s))["block"].as<std::string>() != s;
    if (!lossy) expect_reads_back(s);
  }
}

// Random strings from pieces that decide quoting, as news text has them.
std::string random_string(std::mt19937& rng) {
  static const std::array<std::string, 30> pieces = {
      "'", "\"", ":", " ", "#", "-", "?", "\n", "\t", "\\", "\xC3\xA9", "\xE2\x80\x99", "0", "7", "a", "Z",
      "yes", "null", "~", ",", "[", "]", "{", "}", "@", "`", "!", "&", "*", "%"};
  std::uniform_int_distribution<std::size_t> length(0, 12), piece(0, pieces.size() - 1);
  std::string s;
  for (std::size_t n = length(rng); n > 0; --n) s += pieces[piece(rng)];
  return s;
}

TEST(YamlText, AgreesWithYamlCppOnRandomStrings) {
  std::mt19937 rng(20261128);
  for (int n = 0; n < 30000; ++n) {
    const std::string s = random_string(rng);
    ASSERT_EQ(by_yaml_text(s), by_yaml_cpp(s)) << "case " << n << ": [" << s << "]";
    ASSERT_NO_FATAL_FAILURE(expect_reads_back(s)) << "case " << n;
  }
}

TEST(YamlText, AgreesWithYamlCppOnRandomBytes) {
  // bytes near UTF-8's boundaries and ASCII controls, where decoders and escapers disagree
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<int> len(0, 10), byte(0, 255), pick(0, 2);
  const std::array<int, 16> edges = {0x41, 0x20, 0x3A, 0x0D, 0x0A, 0x80, 0x85, 0xA0, 0xBF, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xFE};
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = len(rng); k > 0; --k)
      s.push_back(static_cast<char>(pick(rng) == 0 ? byte(rng) : edges[static_cast<std::size_t>(byte(rng)) % edges.size()]));
    ASSERT_EQ(by_yaml_text(s), by_yaml_cpp(s)) << "case " << n;
  }
}

// One script of emitter calls, played to yaml-cpp and to YamlText.
struct Step {
  enum Kind { BeginBlockMap, BeginFlowMap, BeginBlockSeq, BeginFlowSeq, End, Key, Text, Int, Real, Null } kind;
  std::string text;
};

std::string play_yaml_cpp(const std::vector<Step>& script, bool document) {
  YAML::Emitter e;
  e.SetIndent(2);
  e.SetDoublePrecision(3);
  std::vector<bool> is_map;  // of the open collections, to end them with the right call
  if (document) e << YAML::BeginDoc;
  for (const Step& step : script) {
    switch (step.kind) {
      case Step::BeginBlockMap: e << YAML::BeginMap; is_map.push_back(true); break;
      case Step::BeginFlowMap: e << YAML::Flow << YAML::BeginMap; is_map.push_back(true); break;
      case Step::BeginBlockSeq: e << YAML::BeginSeq; is_map.push_back(false); break;
      case Step::BeginFlowSeq: e << YAML::Flow << YAML::BeginSeq; is_map.push_back(false); break;
      case Step::End: e << (is_map.back() ? YAML::EndMap : YAML::EndSeq); is_map.pop_back(); break;
      case Step::Key: e << YAML::Key << As{step.text} << YAML::Value; break;
      case Step::Text: e << As{step.text}; break;
      case Step::Int: e << std::stoll(step.text); break;
      case Step::Real: e << std::stod(step.text); break;
      case Step::Null: e << YAML::Null; break;
    }
  }
  return e.c_str();
}

std::string play_yaml_text(const std::vector<Step>& script, bool document) {
  YamlText y;
  y.set_double_precision(3);
  std::vector<bool> is_map;
  if (document) y.begin_document();
  for (const Step& step : script) {
    switch (step.kind) {
      case Step::BeginBlockMap: y.begin_map(); is_map.push_back(true); break;
      case Step::BeginFlowMap: y.begin_map(YamlText::flow); is_map.push_back(true); break;
      case Step::BeginBlockSeq: y.begin_seq(); is_map.push_back(false); break;
      case Step::BeginFlowSeq: y.begin_seq(YamlText::flow); is_map.push_back(false); break;
      case Step::End: is_map.back() ? y.end_map() : y.end_seq(); is_map.pop_back(); break;
      case Step::Key: y.key(step.text); break;
      case Step::Text: y.value(step.text); break;
      case Step::Int: y.value(static_cast<std::int64_t>(std::stoll(step.text))); break;
      case Step::Real: y.value(std::stod(step.text)); break;
      case Step::Null: y.null(); break;
    }
  }
  return y.str();
}

// A random well-formed script: block collections hold anything, flow ones only flow and scalars
// (as the outputs use them), maps alternate keys and values.
void random_node(std::mt19937& rng, std::vector<Step>& script, int depth, bool in_flow) {
  std::uniform_int_distribution<int> kind(0, 9), size(0, 3);
  const int k = depth > 3 ? 6 + kind(rng) % 4 : kind(rng);
  auto entries = [&](bool map, bool flow) {
    for (int n = size(rng); n > 0; --n) {
      if (map) script.push_back({Step::Key, random_string(rng)});
      random_node(rng, script, depth + 1, flow);
    }
    script.push_back({Step::End, {}});
  };
  switch (k) {
    case 0: case 1:
      script.push_back({in_flow ? Step::BeginFlowMap : Step::BeginBlockMap, {}});
      entries(true, in_flow);
      return;
    case 2: case 3:
      script.push_back({in_flow ? Step::BeginFlowSeq : Step::BeginBlockSeq, {}});
      entries(false, in_flow);
      return;
    case 4:
      script.push_back({Step::BeginFlowMap, {}});
      entries(true, true);
      return;
    case 5:
      script.push_back({Step::BeginFlowSeq, {}});
      entries(false, true);
      return;
    case 6: script.push_back({Step::Null, {}}); return;
    case 7: script.push_back({Step::Int, std::to_string(static_cast<int>(rng() % 2000) - 1000)}); return;
    case 8: script.push_back({Step::Real, std::to_string(static_cast<double>(rng() % 100000) / 997.0)}); return;
    default: script.push_back({Step::Text, random_string(rng)}); return;
  }
}

TEST(YamlText, NestsCollectionsAsYamlCppDoes) {
  std::mt19937 rng(20261130);
  for (int n = 0; n < 3000; ++n) {
    std::vector<Step> script;
    script.push_back({Step::BeginBlockMap, {}});
    for (int k = static_cast<int>(rng() % 5); k > 0; --k) {
      script.push_back({Step::Key, "k" + std::to_string(k)});
      random_node(rng, script, 0, false);
    }
    script.push_back({Step::End, {}});
    const bool document = n % 2 == 0;
    ASSERT_EQ(play_yaml_text(script, document), play_yaml_cpp(script, document)) << "case " << n;
  }
}

TEST(YamlText, WritesTheOutputsShapes) {
  YamlText y;
  y.set_double_precision(3);
  y.begin_document().begin_map().key("schema").value(1).key("list").begin_seq();
  y.begin_map().key("id").value("t1").key("span").begin_map(YamlText::flow).key("start").value(std::uint64_t{3});
  y.key("end").value(std::uint64_t{9}).end_map().key("time").null().end_map();
  y.begin_map(YamlText::flow).key("events").begin_seq(YamlText::flow).value("e1").value("e2").end_seq();
  y.key("score").value(0.95).end_map().end_seq();
  y.key("empty").begin_seq(YamlText::flow).end_seq().key("none").begin_seq().end_seq().end_map();
  EXPECT_EQ(y.str(),
            "---\n"
            "schema: 1\n"
            "list:\n"
            "  - id: t1\n"
            "    span: {start: 3, end: 9}\n"
            "    time: ~\n"
            "  - {events: [e1, e2], score: 0.95}\n"
            "empty: []\n"
            "none:\n"
            "  []");
}

}  // namespace
