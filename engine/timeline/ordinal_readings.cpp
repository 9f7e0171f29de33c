#include "engine/timeline/ordinal_readings.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
namespace {

bool numbered(const EventOrdinal& o) {
  return o.kind == EventOrdinal::Kind::Number || o.kind == EventOrdinal::Kind::First;
}

// Up to `n` lowercase words of `text` from `at`, stopping at a clause's punctuation.
std::vector<std::string> words_after(std::string_view text, std::size_t at, std::size_t n) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = at; i < text.size() && out.size() < n; ++i) {
    const char c = text[i];
    const bool word_char = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80) != 0;
    if (word_char) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (!word.empty()) out.push_back(std::move(word)), word.clear();
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '\n') return out;
  }
  if (!word.empty() && out.size() < n) out.push_back(std::move(word));
  return out;
}

bool is_span_unit(std::string_view w) {
  static constexpr std::array<std::string_view, 8> units{"year", "years", "month", "months",
                                                         "decade", "decades", "week", "weeks"};
  return std::find(units.begin(), units.end(), w) != units.end();
}

// "in two years", "in a decade", "in more than a year", "in nearly three months", "in years"
bool span_of_time(const std::vector<std::string>& w, std::size_t k) {
  if (k < w.size() && is_span_unit(w[k])) return true;
  for (std::size_t steps = 0; k < w.size() && steps < 3; ++k, ++steps) {
    const std::string& x = w[k];
    const bool amount = x == "a" || x == "an" || x == "over" || x == "more" || x == "than" || x == "nearly" ||
                        x == "almost" || x == "about" || x == "several" || x == "few" ||
                        std::all_of(x.begin(), x.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
                        x == "two" || x == "three" || x == "four" || x == "five" || x == "six" || x == "seven" ||
                        x == "eight" || x == "nine" || x == "ten" || x == "many";
    if (!amount) return false;
    if (k + 1 < w.size() && is_span_unit(w[k + 1])) return true;
  }
  return false;
}

}  // namespace

bool first_after_a_break(std::string_view text, const EventOrdinal& o) {
  if (o.kind != EventOrdinal::Kind::First || o.span.end > text.size()) return false;
  // "the first round of direct talks since", "the first face-to-face talks in two years": a few
  // words of the noun phrase, then the break
  const std::vector<std::string> w = words_after(text, o.span.end, 10);
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k] == "since") return true;
    if (w[k] == "in" && span_of_time(w, k + 1)) return true;
  }
  return false;
}

const std::vector<EventOrdinal>& read_ordinals(std::string_view text, const std::vector<EventOrdinal>& ordinals,
                                               std::vector<EventOrdinal>& storage) {
  std::vector<char> after_break(ordinals.size());
  for (std::size_t k = 0; k < ordinals.size(); ++k) after_break[k] = first_after_a_break(text, ordinals[k]);
  bool by_round = false, sessions = false;
  for (std::size_t k = 0; k < ordinals.size(); ++k) {
    const EventOrdinal& o = ordinals[k];
    if (!numbered(o)) continue;
    by_round = by_round || ((o.noun == "round" || o.noun == "rounds") && round_number(o) > 0 && !after_break[k]);
    sessions = sessions || o.noun == "session";
  }
  const bool firsts = std::find(after_break.begin(), after_break.end(), 1) != after_break.end();
  if (!(by_round && sessions) && !firsts) return ordinals;
  storage = ordinals;
  for (std::size_t k = 0; k < storage.size(); ++k) {
    EventOrdinal& o = storage[k];
    if (after_break[k]) {
      o.kind = EventOrdinal::Kind::Next;
      o.number = 0;
    } else if (by_round && sessions && numbered(o) && o.noun == "session") {
      o.noun = "sitting";
    }
  }
  return storage;
}

}  // namespace parley::timeline
