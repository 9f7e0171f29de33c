#include "engine/output/timeml_links.hpp"

#include <set>

#include "engine/input/xml_scan.hpp"

namespace parley::output {
namespace {

constexpr std::string_view time_attributes[] = {"timeID", "relatedToTime"};

// Where the value of attribute `name` sits in a tag: [begin, end) inside the quotes, or npos.
std::pair<std::size_t, std::size_t> value_extent(std::string_view tag, std::string_view name) {
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const bool starts = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n' || tag[at - 1] == '\r');
    std::size_t p = at + name.size();
    while (p < tag.size() && tag[p] == ' ') ++p;
    if (!starts || p >= tag.size() || tag[p] != '=') continue;
    ++p;
    while (p < tag.size() && tag[p] == ' ') ++p;
    if (p >= tag.size() || (tag[p] != '"' && tag[p] != '\'')) continue;
    const std::size_t close = tag.find(tag[p], p + 1);
    if (close == std::string_view::npos) continue;
    return {p + 1, close};
  }
  return {std::string_view::npos, std::string_view::npos};
}

}  // namespace

std::map<std::string, std::string> timex_id_map(const std::vector<TimemlMarkup::OriginalTimex>& replaced,
                                                const std::vector<const Timex*>& written) {
  std::map<std::pair<std::size_t, std::size_t>, const std::string*> by_extent;
  for (const Timex* t : written) by_extent.emplace(std::pair(t->span.begin, t->span.end), &t->id);
  std::map<std::string, std::string> ids;
  for (const auto& r : replaced)
    if (const auto it = by_extent.find({r.begin, r.end}); it != by_extent.end() && !r.tid.empty()) ids[r.tid] = *it->second;
  return ids;
}

RewrittenLinks rewrite_links(std::string_view markup, const std::vector<TimemlMarkup::OriginalTimex>& replaced,
                             const std::map<std::string, std::string>& ids) {
  std::set<std::string_view> gone;
  for (const auto& r : replaced) gone.insert(r.tid);
  RewrittenLinks out;
  std::size_t copied = 0;
  for (auto t = xml::next_token(markup, 0); t; t = xml::next_token(markup, t->begin + t->raw.size())) {
    if (t->kind != xml::Token::Kind::Tag) continue;
    const auto info = xml::tag_info(t->raw);
    if (!info || info->closing || !xml::equals_ignoring_case(info->name, "TLINK")) continue;
    std::string tag(t->raw);
    bool drop = false, changed = false;
    for (std::string_view name : time_attributes) {
      const auto [b, e] = value_extent(tag, name);
      if (b == std::string_view::npos) continue;
      const std::string value = tag.substr(b, e - b);
      if (const auto it = ids.find(value); it != ids.end()) {
        if (it->second != value) tag.replace(b, e - b, it->second);
        changed = true;
      } else if (gone.count(value)) {
        drop = true;
      }
    }
    out.markup.append(markup.substr(copied, t->begin - copied));
    copied = t->begin + t->raw.size();
    if (drop) {
      ++out.dropped;
      // the line the link stood on goes with it
      if (copied < markup.size() && markup[copied] == '\n' && (out.markup.empty() || out.markup.back() == '\n')) ++copied;
      continue;
    }
    out.remapped += changed;
    out.markup += tag;
  }
  out.markup.append(markup.substr(copied));
  return out;
}

}  // namespace parley::output
