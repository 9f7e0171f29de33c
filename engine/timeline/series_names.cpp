// Series names: which words identify a negotiation, and where a name read from a clause ends.
#include "engine/timeline/series_names.hpp"

#include <algorithm>
#include <array>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
namespace {

// Words that say what kind of talks, not which: a name made only of these is generic. Months
// and weekdays are times ("talks in March"), capitalised ordinals round numbers ("Fifth round").
constexpr std::array generic_words = std::to_array<std::string_view>({
    "talks", "talk", "negotiations", "negotiation", "round", "rounds", "meeting", "meetings", "session",
    "sessions", "consultations", "discussions", "dialogue", "process", "conference", "the", "of", "a",
    "an", "and", "on", "in", "at", "for", "with", "between", "indirect", "direct", "bilateral",
    "trilateral", "multilateral", "formal", "informal", "technical", "new", "latest", "next", "final",
    "peace", "trade", "nuclear", "official", "preliminary", "expert", "high", "level", "current",
    "previous", "this", "that", "last", "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "such", "political", "fresh", "renewed", "crucial",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday"});

bool generic_word(std::string_view w) {
  return std::find(generic_words.begin(), generic_words.end(), w) != generic_words.end();
}

constexpr std::string_view right_quote = "\xE2\x80\x99";  // ’

// "Kazakh's", "Kazakh’s": the length of the word without its possessive, or npos.
std::size_t possessive_stem(std::string_view w) {
  if (w.size() > 2 && (w.back() == 's' || w.back() == 'S') && w[w.size() - 2] == '\'') return w.size() - 2;
  if (w.size() > 4 && (w.back() == 's' || w.back() == 'S') && w.substr(w.size() - 4, 3) == right_quote)
    return w.size() - 4;
  return std::string_view::npos;
}

std::string lowered(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  return out;
}

bool name_word(std::string_view w) {
  if (possessive_stem(w) != std::string_view::npos) return false;
  if (std::any_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'; }))
    return true;
  auto u = static_cast<unsigned char>(w.front());
  if (u >= 0x80) return true;  // a letter the ASCII case test cannot judge: kept
  const std::string lower = lowered(w);
  if (generic_word(lower)) return true;
  // a lowercase noun names the subject ("Caspian fisheries talks", "EU exit negotiations"); a
  // verb, an auxiliary or a clause word is the clause the name was read from ("Guajardo has said
  // talks", "De Mistura says new round")
  if (read_auxiliary(lower) != Auxiliary::None || is_clause_word(lower) || is_pronoun(lower) ||
      is_determiner(lower) || is_preposition(lower) || looks_like_past_participle(lower))
    return false;
  const auto verb = read_verb(lower);
  return !verb || verb->form == VerbForm::Base;
}

// "US-mediated", "UN-backed", "Qatar-hosted": a word of a name that tells who helps the talks.
bool names_mediator(std::string_view w) {
  const std::size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  const std::string tail = lowered(w.substr(dash + 1));
  for (std::string_view x : {"mediated", "brokered", "backed", "sponsored", "hosted", "facilitated", "led", "organized",
                             "organised", "convened", "supported"})
    if (tail == x) return true;
  return false;
}

}  // namespace

std::vector<std::string> series_words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty()) out.push_back(std::move(w));
    w.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    auto u = static_cast<unsigned char>(c);
    auto s_after = [&](std::size_t k) { return k < text.size() && (text[k] == 's' || text[k] == 'S'); };
    if (c == '\'' && s_after(i + 1)) {
      ++i;  // "Qatar's" -> "qatar"
      flush();
    } else if (text.substr(i, 3) == right_quote) {
      if (s_after(i + 3)) ++i;
      i += 2;
      flush();
    } else if (c >= 'A' && c <= 'Z') w += static_cast<char>(c | 0x20);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || u >= 0x80) w += c;
    else flush();
  }
  flush();
  return out;
}

std::vector<std::string> series_identity(std::string_view name) {
  std::vector<std::string> out;
  // "may" is a month ("the previous May meeting") or a modal, never which talks: it is not among
  // the generic words because a lowercase "may" must still end a name read with its clause
  for (std::string& w : series_words(name))
    if (!generic_word(w) && w != "may" && std::find(out.begin(), out.end(), w) == out.end())
      out.push_back(std::move(w));
  return out;
}

bool same_identity_word(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.empty()) return false;
  constexpr std::array suffixes = std::to_array<std::string_view>({"i", "n", "an", "ian", "ese", "ish"});
  auto demonym_of = [&](std::string_view stem) {
    if (stem.size() < 4 || !b.starts_with(stem)) return false;
    const std::string_view rest = b.substr(stem.size());
    return std::find(suffixes.begin(), suffixes.end(), rest) != suffixes.end();
  };
  if (demonym_of(a)) return true;
  return (a.back() == 'a' || a.back() == 'e') && demonym_of(a.substr(0, a.size() - 1));
}

std::string clean_series_name(std::string_view name) {
  // words end at any white space: wire copy wraps its lines inside a name ("International\nCoffee
  // Organization council") and inside the clause around it ("Jaime Ongpin\nstarts negotiations")
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = name.find_first_of(" \n\r\t", i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) words.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  std::size_t first = words.size();
  while (first > 0 && name_word(words[first - 1])) --first;
  // lowercase nouns name a negotiation only beside a proper name ("Caspian fisheries talks");
  // alone they are the clause's words ("broke off talks" -> "talks")
  auto proper = [](std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || static_cast<unsigned char>(c) >= 0x80;
    });
  };
  if (std::none_of(words.begin() + static_cast<std::ptrdiff_t>(first), words.end(), proper))
    while (first < words.size() && !generic_word(lowered(words[first]))) ++first;
  // "United States-mediated talks", "UN-backed Geneva talks": the mediator or sponsor names no
  // negotiation (a chronology writes the parties' or the venue's), so the name is what follows
  for (std::size_t k = words.size(); k-- > first;)
    if (names_mediator(words[k])) {
      first = k + 1;
      break;
    }
  std::string out;
  for (std::size_t k = first; k < words.size(); ++k) out += (out.empty() ? "" : " ") + std::string(words[k]);
  return out;
}

}  // namespace parley::timeline
