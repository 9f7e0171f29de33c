#pragma once
// YAML text written straight into a string, byte for byte what yaml-cpp 0.7's YAML::Emitter
// writes for the same calls (indent 2): the YAML outputs' hot path. The emitter tests every
// scalar against its regular expressions, which made `parley timeline` on a 6 MB one-line
// article take 117 s as YAML against 22 s as JSON lines; this writer decides a scalar's style in
// one pass over its bytes and allocates nothing beyond the output string (28 s).
//
// Only what parley's outputs use is here: block and flow maps and sequences, string, integer
// and floating-point scalars, and null. Strings are written plain when yaml-cpp would, double
// quoted with its escapes otherwise (it never picks single quotes or block scalars on its own).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::output {

// Where a scalar is written: inside a flow collection more characters end a plain scalar.
enum class YamlContext : unsigned char { Block, Flow };

// Whether a YAML 1.1 or 1.2 loader would read `s`, written plain, as something other than a
// string: null, a boolean (yes/no/on/off/y/n too), an int (octal, hex, binary, sexagesimal 1:20),
// a float (.inf, .nan) or a timestamp (2021-05-19), or the merge and value keys "<<" and "=".
// A superset for numbers and dates: any digit-led run of what they are made of counts.
bool yaml_loader_retypes(std::string_view s);

// Appends `s` as yaml-cpp writes a string scalar in that context: plain, or double quoted, and
// double quoted too when a loader would retype it (yaml-cpp writes "1988" bare; PyYAML reads it
// back as an int), so every string reads back as a string.
void append_yaml_scalar(std::string& out, std::string_view s, YamlContext context);

// A YAML document written node by node. In a map, key() and a value alternate; a value is a
// scalar, null() or a nested collection. Nesting is the caller's to balance. Keys are the
// outputs' field names: yaml-cpp writes a key over 1024 bytes as an explicit "? " key, which
// this writer does not.
class YamlText {
 public:
  // A collection inside a flow collection is written flow whatever is asked, as yaml-cpp does.
  enum class Layout : unsigned char { Block, Flow };
  static constexpr Layout block = Layout::Block;
  static constexpr Layout flow = Layout::Flow;

  // "---": the explicit start of a document, at the beginning of the output.
  YamlText& begin_document();
  YamlText& begin_map(Layout layout = block) { return open(layout, true); }
  YamlText& end_map() { return close(); }
  YamlText& begin_seq(Layout layout = block) { return open(layout, false); }
  YamlText& end_seq() { return close(); }
  YamlText& key(std::string_view k) { return value(k); }
  YamlText& value(std::string_view v);
  YamlText& value(const char* v) { return value(std::string_view(v)); }
  YamlText& value(std::uint64_t v);
  YamlText& value(std::int64_t v);
  YamlText& value(int v) { return value(static_cast<std::int64_t>(v)); }
  // As an iostream prints it with the precision set below (yaml-cpp's SetDoublePrecision).
  YamlText& value(double v);
  YamlText& flag(bool v);  // true / false
  YamlText& null();
  void set_double_precision(int digits) { double_precision_ = digits; }
  const std::string& str() const { return out_; }
  std::string& str() { return out_; }

 private:
  enum class Node : unsigned char { Scalar, FlowCollection, BlockSeq, BlockMap };
  struct Group {
    Layout layout;
    bool is_map;
    std::size_t nodes = 0;  // written in it so far; in a map, keys and values both count
  };
  YamlText& open(Layout layout, bool is_map);
  YamlText& close();
  // Writes what separates a node from what came before it in the innermost collection: a line
  // break and indentation, "-", ":", the opening bracket or ", ", and the spaces after them.
  void before_node(Node node);
  void before_flow_node(Group& g);
  void before_block_node(Group& g, Node node);
  // Pads the line with spaces up to `column`, as yaml-cpp pads before anything it writes.
  void indent_to(std::size_t column);
  void new_line();
  YamlContext scalar_context() const;

  std::string out_;
  std::size_t line_start_ = 0;  // where the current line begins in out_
  std::vector<Group> groups_;
  int double_precision_ = 17;
};

}  // namespace parley::output
