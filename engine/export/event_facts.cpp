// Headlines and sources shared by every export (see event_facts.hpp).
#include "engine/export/event_facts.hpp"

#include <algorithm>

namespace parley::exporting {

std::string headline_of(const Event& e) { return e.summary.empty() ? e.trigger : e.summary; }

namespace {
bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::string shortened(const std::string& text, std::size_t max_chars) {
  // Walk code points, not bytes, so a cut never splits a UTF-8 sequence (quotes are “curly”).
  std::size_t chars = 0, cut = std::string::npos, last_space = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (continuation_byte(text[i])) continue;
    if (chars == max_chars - 1) cut = i;
    if (text[i] == ' ' && chars < max_chars - 1) last_space = i;
    ++chars;
  }
  if (chars <= max_chars) return text;
  if (last_space != std::string::npos && last_space > cut / 2) cut = last_space;
  return text.substr(0, cut) + "…";
}

std::string evidence_sentence_of(const Event& e) { return e.evidence.empty() ? std::string() : e.evidence.front().text; }

std::string source_of(const Timeline& tl, const Event& e) {
  if (e.evidence.empty()) return {};
  const Evidence& ev = e.evidence.front();
  auto doc = std::find_if(tl.documents.begin(), tl.documents.end(), [&](const TimelineDocument& d) { return d.id == ev.doc; });
  std::string where = ev.doc + ", sentence " + std::to_string(ev.sentence);
  if (doc != tl.documents.end() && !doc->source.empty()) return where + " — " + doc->source;
  return where;
}

}  // namespace parley::exporting
