// The alias table: one canonical name for the spellings of a series or actor. The built-in
// table is data (data/aliases.yaml, embedded at build time); users add their own file.
#include <algorithm>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "engine/timeline/text_units.hpp"
#include "parley/timeline.hpp"
#include "timeline_aliases_data.hpp"  // generated: builtin_aliases_yaml

namespace parley {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return out;
}

AliasTable from_yaml(const YAML::Node& root, const std::string& where) {
  if (!root.IsMap()) throw std::runtime_error(where + ": an alias file is a map `canonical: [aliases]`");
  AliasTable table;
  for (const auto& kv : root) {
    auto canonical = kv.first.as<std::string>();
    table.add(canonical, canonical);
    if (kv.second.IsSequence()) {
      for (const auto& a : kv.second) table.add(canonical, a.as<std::string>());
    } else if (kv.second.IsScalar()) {
      table.add(canonical, kv.second.as<std::string>());
    }
  }
  return table;
}

bool word_boundary(std::string_view s, std::size_t i) {
  if (i == 0 || i >= s.size()) return true;
  auto c = static_cast<unsigned char>(s[i]);
  auto p = static_cast<unsigned char>(s[i - 1]);
  auto alnum = [](unsigned char x) { return (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9') || x >= 0x80; };
  return !(alnum(c) && alnum(p));
}

}  // namespace

AliasTable AliasTable::builtin() {
  static const AliasTable table = from_yaml(YAML::Load(std::string(builtin_aliases_yaml)), "built-in aliases");
  return table;
}

AliasTable AliasTable::load(const std::string& path) {
  try {
    return from_yaml(YAML::LoadFile(path), path);
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

void AliasTable::add(std::string canonical, std::string alias) {
  entries_.push_back({lower(alias), std::move(canonical)});
  // longest spelling first, so "Burjam Joint Commission" wins over "Burjam"
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.alias_lower.size() > b.alias_lower.size(); });
}

void AliasTable::merge(const AliasTable& other) {
  for (const auto& e : other.entries_) add(e.canonical, e.alias_lower);
}

std::string AliasTable::canonical(std::string_view name) const {
  std::string l = lower(name);
  for (const auto& e : entries_) {
    if (e.alias_lower.empty()) continue;
    for (std::size_t pos = l.find(e.alias_lower); pos != std::string::npos; pos = l.find(e.alias_lower, pos + 1)) {
      std::size_t end = pos + e.alias_lower.size();
      if (!word_boundary(l, pos) || !word_boundary(l, end)) continue;
      if (pos == 0 && end == l.size()) return e.canonical;
      // a spelling inside a longer name: replace it, keep the rest ("Borjam Joint Commission"
      // becomes "JCPOA Joint Commission")
      std::string out(name.substr(0, pos));
      out += e.canonical;
      out += name.substr(end);
      return out;
    }
  }
  return std::string(name);
}

}  // namespace parley
