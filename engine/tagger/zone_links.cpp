// Local clock times glossed in parentheses by a zoned one (see zone_links.hpp).
#include "engine/tagger/zone_links.hpp"

#include "engine/tagger/context_words.hpp"
#include "engine/tagger/zones.hpp"

namespace parley::engine {

namespace {

using std::chrono::minutes;

// Whether the text between two clock times is " local time (", " local (", " (": the second
// glosses the first.
bool glosses(std::string_view between) {
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < between.size() && (between[i] == ' ' || between[i] == '\n')) ++i;
  };
  skip_spaces();
  const std::string_view rest = between.substr(i);
  for (std::string_view word : {std::string_view("local time"), std::string_view("local")}) {
    if (rest.size() >= word.size() && words::equals_word(rest.substr(0, word.size()), word)) {
      i += word.size();
      break;
    }
  }
  skip_spaces();
  if (i >= between.size() || between[i] != '(') return false;
  ++i;
  skip_spaces();
  return i == between.size();
}

}  // namespace

void link_local_times(std::string_view text, const std::optional<Dct>& dct, std::vector<Timex>& timexes) {
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& local = timexes[k];
    const Timex& gloss = timexes[k + 1];
    if (local.time.type != TimexType::Time || gloss.time.type != TimexType::Time) continue;
    if (!local.time.earliest || !local.time.latest || local.time.utc_offset_minutes) continue;
    if (!local.time.zone.empty() && local.time.zone != "local") continue;
    if (!gloss.time.utc_offset_minutes || !gloss.time.earliest_utc) continue;
    if (gloss.span.begin < local.span.end || !glosses(text.substr(local.span.end, gloss.span.begin - local.span.end)))
      continue;
    // The two clocks name one instant; the day of the gloss may differ from the local one's
    // ("11 p.m. local (0400 GMT)"), so the offset is taken within a day, as zones are.
    auto offset = std::chrono::duration_cast<minutes>(*local.time.earliest - *gloss.time.earliest_utc);
    while (offset > minutes{14 * 60}) offset -= minutes{24 * 60};
    while (offset < minutes{-12 * 60}) offset += minutes{24 * 60};
    if (offset.count() % 15 != 0) continue;
    const auto length = *local.time.latest - *local.time.earliest;
    local.time.zone = "local";
    local.time.utc_offset_minutes = static_cast<int>(offset.count());
    local.time.earliest_utc = *local.time.earliest - offset;
    local.time.latest_utc = *local.time.earliest_utc + length;
    if (dct) {
      if (const auto dct_offset = dct_offset_minutes(*dct)) {
        local.time.earliest = *local.time.earliest_utc + minutes{*dct_offset};
        local.time.latest = *local.time.latest_utc + minutes{*dct_offset};
      }
    }
  }
}

}  // namespace parley::engine
