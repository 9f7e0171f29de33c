// Keys for matching: folded names, name similarity, content words. Kept crude on purpose: news
// reports of one event share names and words; what they do not share is reported, not guessed.
#include "engine/merge/event_keys.hpp"

#include <algorithm>
#include <array>
#include <chrono>

namespace parley::merge {
namespace {

constexpr std::array<std::string_view, 48> function_words = {
    "the", "and", "that", "this", "these", "those", "with", "for", "from", "into", "onto", "was", "were",
    "are", "has", "have", "had", "been", "being", "will", "would", "could", "should", "can", "not", "but",
    "its", "their", "our", "his", "her", "they", "them", "there", "which", "who", "whom", "what", "about",
    "than", "then", "also", "all", "any", "said", "says", "say", "told"};

bool is_function_word(std::string_view w) {
  return std::find(function_words.begin(), function_words.end(), w) != function_words.end();
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c | 0x20);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || u >= 0x80) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool similar_names(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (a[0] != b[0]) return false;
  std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < 5) return false;
  // two letters in a long name (Araghchi/Araqchi), one in a short one (Zarif/Zareef is not)
  return edit_distance(a, b) <= (shorter >= 7 ? 2u : 1u);
}

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> out;
  std::string f = fold(text);
  std::size_t i = 0;
  while (i < f.size()) {
    std::size_t j = f.find(' ', i);
    if (j == std::string::npos) j = f.size();
    std::string_view w(f.data() + i, j - i);
    if (w.size() >= 3 && !is_function_word(w)) out.emplace_back(w);
    i = j + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++shared; ++i; ++j; }
  }
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

EventKeys keys_of(const Event& e, const AliasTable& aliases) {
  EventKeys k;
  if (e.series) {
    k.series = fold(aliases.canonical(e.series->name));
    k.round = e.series->round;
  }
  if (!e.actors.empty()) {
    std::string actor = aliases.canonical(e.actors.front());
    // the name key: the last capitalised word ("Abbas Araqchi" -> araqchi); else the last word
    std::size_t end = actor.size(), best_b = std::string::npos, best_e = 0, last_b = std::string::npos, last_e = 0;
    while (end > 0) {
      std::size_t b = actor.rfind(' ', end - 1);
      b = b == std::string::npos ? 0 : b + 1;
      if (b < end) {
        if (last_b == std::string::npos) { last_b = b; last_e = end; }
        if (is_upper(actor[b])) { best_b = b; best_e = end; break; }
      }
      if (b == 0) break;
      end = b - 1;
    }
    if (best_b == std::string::npos) { best_b = last_b; best_e = last_e; }
    if (best_b != std::string::npos) k.actor = fold(std::string_view(actor).substr(best_b, best_e - best_b));
    // a spelling the table knows stands for its canonical name as a whole
    std::string whole = fold(actor);
    if (whole.find(' ') == std::string::npos && !whole.empty()) k.actor = whole;
    k.actor_block = k.actor.substr(0, std::min<std::size_t>(3, k.actor.size()));
  }
  // a summary may or may not carry the quote ("X told state television" / "X said “...”"), so
  // both are words of the event
  std::string text = e.summary;
  if (!e.actors.empty() && text.starts_with(e.actors.front())) text.erase(0, e.actors.front().size());
  k.quote_words = content_words(e.quote);
  k.words = content_words(text + " " + e.quote);
  k.place_words = content_words(e.place);
  if (e.time) {
    k.earliest = e.time->time.earliest;
    k.latest = e.time->time.latest;
    k.stated = !e.time->text.empty();
  }
  k.trigger = fold(e.trigger);
  return k;
}

bool intervals_meet(const EventKeys& a, const EventKeys& b) {
  if (a.latest && b.earliest && *a.latest < *b.earliest) return false;
  if (b.latest && a.earliest && *b.latest < *a.earliest) return false;
  return true;
}

bool bounded(const EventKeys& k) { return k.earliest && k.latest; }

bool times_identify(const EventKeys& a, const EventKeys& b, bool planned) {
  if (!bounded(a) || !bounded(b) || !intervals_meet(a, b)) return false;
  if (!planned) return true;
  constexpr auto two_days = std::chrono::hours(48);
  return *a.latest - *a.earliest <= two_days && *b.latest - *b.earliest <= two_days;
}

}  // namespace parley::merge
