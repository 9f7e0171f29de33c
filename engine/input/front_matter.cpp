#include "engine/input/front_matter.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "parley/document.hpp"

namespace parley {
namespace {

// The line starting at `at` without its line ending, and where the next line starts.
std::pair<std::string_view, std::size_t> line_at(std::string_view s, std::size_t at) {
  auto end = s.find('\n', at);
  const std::size_t next = end == std::string_view::npos ? s.size() : end + 1;
  if (end == std::string_view::npos) end = s.size();
  auto line = s.substr(at, end - at);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return {line, next};
}

// The block's YAML starts on line 2 of the file; yaml-cpp counts lines and columns from 0.
InputError error_at(const std::string& name, const YAML::Mark& mark, std::string_view what) {
  return InputError(fmt::format("{}:{}:{}: front matter: {}", name, mark.line + 2, mark.column + 1, what));
}

std::string scalar(const YAML::Node& node, const std::string& name, std::string_view key) {
  if (!node.IsScalar()) throw error_at(name, node.Mark(), fmt::format("'{}' must be a single value", key));
  return node.as<std::string>();
}

}  // namespace

std::optional<FrontMatter> read_front_matter(std::string_view bytes, const std::string& name) {
  auto [first, pos] = line_at(bytes, 0);
  if (first != "---") return std::nullopt;
  const std::size_t yaml_begin = pos;
  std::size_t yaml_end = std::string_view::npos;
  while (pos < bytes.size()) {
    const auto [line, next] = line_at(bytes, pos);
    if (line == "---" || line == "...") {
      yaml_end = pos;
      pos = next;
      break;
    }
    pos = next;
  }
  if (yaml_end == std::string_view::npos)
    throw InputError(fmt::format("{}:1:1: front matter is not closed (no '---' line after it)", name));

  YAML::Node root;
  try {
    root = YAML::Load(std::string(bytes.substr(yaml_begin, yaml_end - yaml_begin)));
  } catch (const YAML::Exception& e) {
    throw error_at(name, e.mark, e.msg);
  }
  FrontMatter result;
  result.text_begin = pos;
  if (root.IsNull()) return result;
  if (!root.IsMap()) throw error_at(name, root.Mark(), "expected 'key: value' lines");
  // `dct:`, or else `date:` as static-site generators (Jekyll, Hugo) write the publication time
  const char* dct_key = root["dct"] ? "dct" : "date";
  if (const auto dct = root[dct_key]; dct && !dct.IsNull()) {
    const auto text = scalar(dct, name, dct_key);
    result.dct = parse_dct(text);
    if (!result.dct)
      throw error_at(name, dct.Mark(), fmt::format("{} '{}' is not YYYY-MM-DD[THH:MM[:SS]]", dct_key, text));
  }
  if (const auto source = root["source"]; source && !source.IsNull()) result.source = scalar(source, name, "source");
  if (const auto id = root["id"]; id && !id.IsNull()) result.id = scalar(id, name, "id");
  return result;
}

}  // namespace parley
