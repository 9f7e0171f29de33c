#pragma once
// JSON text written straight into a string: the JSON lines emitter's hot path, which used to build
// a DOM per document only to serialise it. Strings are escaped the way nlohmann::json's dump()
// escapes them (no ASCII forcing; invalid UTF-8 replaced by U+FFFD, one per maximal invalid
// subpart), so the bytes written do not depend on which of the two produced them.
#include <cstdint>
#include <string>
#include <string_view>

namespace parley::output {

// Appends `s` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s);

// A JSON object or array written member by member, commas handled. Keys and values are appended
// in call order; nesting is the caller's to balance.
class JsonText {
 public:
  JsonText& open_object() { return open('{'); }
  JsonText& close_object() { return close('}'); }
  JsonText& open_array() { return open('['); }
  JsonText& close_array() { return close(']'); }
  JsonText& key(std::string_view k);
  JsonText& value(std::string_view v);
  JsonText& value(const char* v) { return value(std::string_view(v)); }
  JsonText& value(std::uint64_t v);
  JsonText& value(std::int64_t v);
  JsonText& value(int v) { return value(static_cast<std::int64_t>(v)); }
  JsonText& flag(bool v);  // true / false
  JsonText& null();
  const std::string& str() const { return out_; }
  std::string& str() { return out_; }

 private:
  JsonText& open(char c);
  JsonText& close(char c);
  void before_value();
  std::string out_;
  bool need_comma_ = false;  // a value was written at this level
  bool after_key_ = false;   // the next value belongs to the key just written
};

}  // namespace parley::output
