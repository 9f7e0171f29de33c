// One name per actor across a collection. An actor's identity is its capitalised words (the
// name, a title such as "President", a country adjective), the last of them the surname; a
// shorter telling is the same actor when its surname is the fuller one's (or a transliteration
// of it) and its other words are all in the fuller one. Lowercase words ("officials", "the
// ministry") identify no one, so such actors are matched only as written.
#include "engine/merge/actor_identity.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>

#include "engine/merge/event_keys.hpp"

namespace parley::merge {
namespace {

struct Name {
  std::string shown;               // as written (or the alias table's name for a short one)
  std::vector<std::string> words;  // capitalised words, folded, "the" left out
  std::size_t told = 0;            // how many times events show it
};

std::vector<std::string> name_words(std::string_view actor) {
  std::vector<std::string> out;
  // "Lebanese and Israeli negotiators", "the ministry": a lowercase head is no one's name
  if (const std::size_t sp = actor.find_last_of(" \n\t\r"); actor.empty() || !(actor[sp == std::string_view::npos ? 0 : sp + 1] >= 'A' &&
                                                                   actor[sp == std::string_view::npos ? 0 : sp + 1] <= 'Z'))
    return out;
  std::size_t i = 0;
  while (i < actor.size()) {
    std::size_t j = actor.find_first_of(" \n\t\r", i);
    if (j == std::string_view::npos) j = actor.size();
    const std::string_view w = actor.substr(i, j - i);
    if (!w.empty() && w.front() >= 'A' && w.front() <= 'Z' && w != "The" && w != "A" && w != "An") {
      std::string f = fold(w);  // "U.S." and "US" are one word
      std::erase(f, ' ');
      // a particle before a surname is written either case ("Staffan De Mistura", "de Mistura")
      const bool particle = j < actor.size() && (f == "de" || f == "van" || f == "von" || f == "al" || f == "bin" ||
                                                 f == "da" || f == "du" || f == "la" || f == "le" || f == "der" ||
                                                 f == "del" || f == "ibn");
      if (!particle) out.push_back(std::move(f));
    }
    i = j + 1;
  }
  return out;
}

std::size_t word_count(std::string_view s) {
  return s.empty() ? 0 : static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

// Whether `shorter` names the actor `longer` names: the same surname (or its transliteration) and
// every other word in the fuller name.
bool contained(const Name& shorter, const Name& longer) {
  if (shorter.words.empty() || longer.words.empty() || shorter.words.size() > longer.words.size()) return false;
  const std::string &a = shorter.words.back(), &b = longer.words.back();
  // a transliteration, not a country and its adjective ("Russia", "Russian")
  const bool same_surname = a == b || (longer.words.size() > 1 && similar_names(a, b) && !a.starts_with(b) && !b.starts_with(a));
  if (!same_surname) return false;
  for (std::size_t k = 0; k + 1 < shorter.words.size(); ++k)
    if (std::find(longer.words.begin(), longer.words.end() - 1, shorter.words[k]) == longer.words.end() - 1) return false;
  return true;
}

// Two fuller tellings are one person when one contains the other or both end on the same given
// name and surname ("The UN mediator Staffan de Mistura", "UN Special Envoy for Syria Staffan de
// Mistura"); "Kim Jong Un" and "Kim Yo Jong" are two.
bool one_person(const Name& x, const Name& y) {
  if (contained(x, y) || contained(y, x)) return true;
  const auto &a = x.words, &b = y.words;
  return a.size() >= 2 && b.size() >= 2 && a.back() == b.back() && a[a.size() - 2] == b[b.size() - 2];
}

// A telling fit to show for the others: not one that opens on a lowercase word other than "the"
// or holds a comma ("his US counterpart, James Dehart").
bool showable(const std::string& a) {
  if (a.find(',') != std::string::npos) return false;
  return a.empty() || !(a.front() >= 'a' && a.front() <= 'z') || a.starts_with("the ");
}

}  // namespace

void name_actors_alike(std::vector<Event>& events) {
  static const AliasTable aliases = AliasTable::builtin();
  // a short all-capitalised name the alias table knows ("the U.S.") is its canonical name;
  // longer ones only contain a name ("U.S. State Department" is no country)
  auto aliased = [&](const std::string& a) {
    std::string_view s = a;
    if (s.starts_with("the ") || s.starts_with("The ")) s.remove_prefix(4);
    if (word_count(s) > 2 || name_words(s).size() != word_count(s)) return a;
    return aliases.canonical(s);
  };
  std::map<std::string, std::size_t> index;
  std::vector<Name> names;
  for (const Event& e : events)
    for (const auto* list : {&e.actors, &e.participants})
      for (const std::string& a : *list) {
        auto [it, fresh] = index.emplace(a, names.size());
        if (fresh) {
          Name n{aliased(a), {}, 0};
          n.words = name_words(n.shown);
          names.push_back(std::move(n));
        }
        ++names[it->second].told;
      }
  // blocks: names by surname, and each surname's transliterations (same first letter, so a
  // collection of thousands of speakers compares each surname with a few hundred, not all names)
  std::map<std::string, std::vector<std::size_t>> by_surname;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!names[i].words.empty()) by_surname[names[i].words.back()].push_back(i);
  std::map<std::string, std::vector<const std::vector<std::size_t>*>> blocks;  // surname -> name lists
  for (auto it = by_surname.begin(); it != by_surname.end(); ++it) {
    auto& into = blocks[it->first];
    const char first = it->first.front();
    for (auto jt = by_surname.lower_bound(std::string(1, first)); jt != by_surname.end() && jt->first.front() == first; ++jt)
      if (jt == it || (similar_names(it->first, jt->first) && !it->first.starts_with(jt->first) &&
                       !jt->first.starts_with(it->first)))
        into.push_back(&jt->second);
  }
  // each name's fuller tellings; a name goes to them only when they are one actor themselves
  std::vector<std::size_t> to(names.size());
  std::iota(to.begin(), to.end(), 0);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].words.empty()) continue;
    std::vector<std::size_t> candidates;
    for (const auto* list : blocks.at(names[i].words.back())) candidates.insert(candidates.end(), list->begin(), list->end());
    std::sort(candidates.begin(), candidates.end());
    std::vector<std::size_t> fuller;
    for (std::size_t j : candidates)
      if (j != i && showable(names[j].shown) && names[j].words.size() > names[i].words.size() && contained(names[i], names[j]))
        fuller.push_back(j);
    // the same words written otherwise ("James DeHart", "James Dehart"; "U.S." and "US") or a
    // transliteration ("Abbas Araqchi", "Abbas Araghchi"): the one told more
    for (std::size_t j : candidates)
      if (j != i && showable(names[j].shown) && names[j].words.size() == names[i].words.size() &&
          contained(names[i], names[j]) && (names[j].told > names[i].told || (names[j].told == names[i].told && names[j].shown < names[i].shown)))
        fuller.push_back(j);
    if (fuller.empty()) continue;
    bool chain = true;
    for (std::size_t x = 0; x < fuller.size() && chain; ++x)
      for (std::size_t y = x + 1; y < fuller.size() && chain; ++y) chain = one_person(names[fuller[x]], names[fuller[y]]);
    if (!chain) continue;
    // the one told most, then the fullest, then the first in byte order
    to[i] = *std::max_element(fuller.begin(), fuller.end(), [&](std::size_t x, std::size_t y) {
      const Name &a = names[x], &b = names[y];
      if (a.told != b.told) return a.told < b.told;
      if (a.words.size() != b.words.size()) return a.words.size() < b.words.size();
      return a.shown > b.shown;
    });
  }
  // follow to the end (a fuller name may itself have gone to a fuller one); no cycles: each step
  // is to more words, or to the same count told more (ties by byte order)
  auto final_of = [&](std::size_t i) {
    for (std::size_t steps = 0; to[i] != i && steps < names.size(); ++steps) i = to[i];
    return i;
  };
  for (Event& e : events)
    for (auto* list : {&e.actors, &e.participants}) {
      std::vector<std::string> out;
      for (const std::string& a : *list) {
        std::string shown = names[final_of(index.at(a))].shown;
        if (std::find(out.begin(), out.end(), shown) == out.end()) out.push_back(std::move(shown));
      }
      *list = std::move(out);
    }
}

}  // namespace parley::merge
