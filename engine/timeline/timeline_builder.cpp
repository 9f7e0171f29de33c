// build_timeline(): the pipeline. Per document: sentences and tokens, the tagger's times and
// ordinals, event mentions, actors resolved, times attached, relations found, repeated statements
// merged. Then over all documents: ids, "the latest round", order and series.
#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <set>
#include <tuple>

#include <date/date.h>

#include "engine/timeline/input_warnings.hpp"
#include "engine/output/fields.hpp"
#include "engine/timeline/mention.hpp"
#include "engine/timeline/ordinal_readings.hpp"
#include "engine/timeline/phase_statement_times.hpp"
#include "engine/timeline/actor_names.hpp"
#include "engine/timeline/salience.hpp"
#include "engine/timeline/series_names.hpp"
#include "engine/timeline/story_round.hpp"
#include "engine/timeline/relation_finding.hpp"
#include "engine/timeline/round_lists.hpp"
#include "engine/timeline/time_attachment.hpp"
#include "engine/timeline/timeline_order.hpp"
#include "engine/timeline/timeline_series.hpp"
#include "parley/tagger.hpp"
#include "parley/timeline.hpp"
#include "parley/timeline_merge.hpp"

namespace parley {
namespace {

using namespace parley::timeline;

// Byte offsets to code points, walking forward (mentions come in text order).
struct CodePointCursor {
  std::string_view text;
  std::size_t byte = 0, cp = 0;
  std::size_t at(std::size_t b) {
    if (b < byte) { byte = 0; cp = 0; }
    for (; byte < b && byte < text.size(); ++byte)
      if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++cp;
    return cp;
  }
};

std::vector<std::string_view> content_words(std::string_view actor) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < actor.size()) {
    std::size_t j = actor.find(' ', i);
    if (j == std::string_view::npos) j = actor.size();
    std::string_view w = actor.substr(i, j - i);
    if (!w.empty() && !is_determiner(w) && !iequals(w, "unnamed") && !iequals(w, "unidentified") &&
        !iequals(w, "anonymous") && !iequals(w, "US") && !iequals(w, "U.S.") && !iequals(w, "senior"))
      out.push_back(w);
    i = j + 1;
  }
  return out;
}

// Two actors are one when the words of one are all in the other and they end on the same head
// ("A State Department official" / "the unnamed State Department official"), or when one is the
// surname of the other ("Borrell" / "EU foreign policy chief Joseph Borrell").
bool same_actor(std::string_view a, std::string_view b) {
  auto wa = content_words(a), wb = content_words(b);
  if (wa.empty() || wb.empty()) return false;
  if (wa.size() > wb.size()) std::swap(wa, wb);
  if (!iequals(wa.back(), wb.back())) return false;
  if (wa.size() == 1 && !(wa[0].size() > 1 && wa[0][0] >= 'A' && wa[0][0] <= 'Z')) return false;
  for (auto w : wa)
    if (std::none_of(wb.begin(), wb.end(), [&](std::string_view x) { return iequals(x, w); })) return false;
  return true;
}

// An actor of one lowercase content word: same_actor() never takes it as the shorter side.
bool lone_common_noun(std::string_view actor) {
  const auto words = content_words(actor);
  return words.size() == 1 && !(words[0].size() > 1 && words[0][0] >= 'A' && words[0][0] <= 'Z');
}

// The word two actors must share to be one (same_actor): the last content word, lowercased.
std::string head_key(std::string_view actor) {
  const auto words = content_words(actor);
  std::string key(words.empty() ? std::string_view() : words.back());
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return key;
}

// "The delegations expressed satisfaction ... and stressed the need": the second verb's subject
// is the first one's.
void share_coordinated_subjects(std::vector<Mention>& ms) {
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (!m.coordinated || !m.actor.empty()) continue;
    for (std::size_t j = k; j-- > 0 && ms[j].sentence == m.sentence;) {
      if (!ms[j].finite || ms[j].quoted != m.quoted || ms[j].actor.empty()) continue;
      m.actor = ms[j].actor;
      m.actor_former = ms[j].actor_former;
      m.actor_is_pronoun = ms[j].actor_is_pronoun;
      break;
    }
  }
}

void inherit_from_main_verbs(std::vector<Mention>& ms) {
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.noun || m.tense != Tense::None) continue;
    std::size_t g = no_token;
    for (std::size_t j = k + 1; j < ms.size() && ms[j].sentence == m.sentence && g == no_token; ++j)
      if (ms[j].finite && ms[j].quoted == m.quoted && !ms[j].needs_own_time) g = j;
    for (std::size_t j = k; g == no_token && j-- > 0 && ms[j].sentence == m.sentence;)
      if (ms[j].finite && ms[j].quoted == m.quoted && !ms[j].needs_own_time) g = j;  // (a plan: no tense to lend)
    if (g == no_token) continue;
    m.tense = ms[g].tense;
    if (m.actor.empty() || (m.actor_is_pronoun && !ms[g].actor.empty())) {
      m.actor = ms[g].actor;
      m.actor_former = ms[g].actor_former;
      m.actor_is_pronoun = ms[g].actor_is_pronoun;
    }
  }
}

// Participants as actors are shown: cleaned, a list as its names, none that names no one.
std::vector<std::string> shown_participants(const std::vector<std::string>& told) {
  std::vector<std::string> out;
  for (const std::string& p : told)
    for (std::string& a : actors_of_subject(p))
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(std::move(a));
  return out;
}

void resolve_pronouns(std::vector<Mention>& ms) {
  // The speaker of a quote's sentence is its last unquoted statement with a named actor, as the
  // loop below has them when it reaches the quote: those after it as written, those before it
  // with their pronouns resolved. Both are kept per sentence (the last named one as written, the
  // last named one the loop has passed), so no quote searches the whole document.
  auto speaks = [](const Mention& s) { return s.kind == EventKind::Statement && !s.quoted && !s.actor_is_pronoun; };
  std::size_t sentences = 0;
  for (const Mention& s : ms) sentences = std::max(sentences, s.sentence + 1);
  std::vector<std::size_t> last_named(sentences, no_token), passed_named(sentences, no_token);
  for (std::size_t j = 0; j < ms.size(); ++j)
    if (speaks(ms[j])) last_named[ms[j].sentence] = j;
  std::string last_actor, last_speaker;
  std::size_t last_actor_sentence = 0, last_speaker_sentence = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.actor_is_pronoun) {
      std::string_view p = m.actor;
      if (m.quoted && (iequals(p, "I") || iequals(p, "we"))) {
        // "I talked to Zarif": the speaker is also the participant the pronoun names
        // the speaker: the unquoted statement of the sentence, wherever it stands
        const std::size_t later = last_named[m.sentence], earlier = passed_named[m.sentence];
        const std::size_t at = later != no_token && later > k ? later : earlier;
        std::string speaker = at != no_token ? ms[at].actor : last_speaker;
        if (!speaker.empty()) {
          std::replace(m.participants.begin(), m.participants.end(), m.actor, speaker);
          m.actor = speaker;
          m.actor_is_pronoun = false;
        }
      } else if (!m.quoted && (iequals(p, "he") || iequals(p, "she") || iequals(p, "they"))) {
        const std::string& ref = m.kind == EventKind::Statement && !last_speaker.empty() ? last_speaker : last_actor;
        if (!ref.empty()) { m.actor = ref; m.actor_is_pronoun = false; }
      } else if (!m.quoted && iequals(p, "it")) {
        // "The ministry said ... It added": only a body told in this sentence or the one before
        // ("it" is as often the deal, the talks or the weather)
        const bool speech = m.kind == EventKind::Statement && !last_speaker.empty();
        const std::string& ref = speech ? last_speaker : last_actor;
        const std::size_t at = speech ? last_speaker_sentence : last_actor_sentence;
        if (!ref.empty() && m.sentence <= at + 1 && names_a_body(ref)) {
          std::replace(m.participants.begin(), m.participants.end(), m.actor, ref);
          m.actor = ref;
          m.actor_is_pronoun = false;
        }
      }
    }
    if (!m.quoted && !m.actor.empty() && !m.actor_is_pronoun) {
      last_actor = m.actor;
      last_actor_sentence = m.sentence;
      if (m.kind == EventKind::Statement) last_speaker = m.actor, last_speaker_sentence = m.sentence;
    }
    if (speaks(m)) passed_named[m.sentence] = k;
  }
}

std::string summary_of(const Mention& m) {
  std::string s = m.actor;
  auto add = [&](std::string_view part) {
    if (part.empty()) return;
    if (!s.empty()) s += ' ';
    s += part;
  };
  if (m.noun) {
    add(m.lemma);
    if (!m.object.empty()) add(m.object);
    return s;
  }
  add(m.verb_group);
  if (m.kind == EventKind::Statement) {
    if (!m.complement.empty()) add(m.complement);
    else if (!m.quote.empty()) add("\xE2\x80\x9C" + m.quote + "\xE2\x80\x9D");
    else add(m.object);
  } else {
    add(m.object);
  }
  return s;
}

void fill_empty(std::string& into, const std::string& from) {
  if (into.empty()) into = from;
}

struct DocumentEvents {
  std::vector<Event> events;
  std::vector<Relation> relations;
  std::vector<std::pair<std::size_t, EventOrdinal>> ordinals;  // event index -> its ordinal
  std::vector<InputWarning> warnings;
};

// "LONDON, March 3 -" on wire copy timed the evening before: the dateline's day is the story's
// own, and "today" and "yesterday" count from it. Only a day a little off the DCT's is taken (a
// dateline far from its DCT is a typo or an old story's date, not a time zone).
std::optional<Dct> dateline_day(const TextUnits& units, const std::vector<Timex>& timexes, const std::optional<Dct>& dct) {
  if (!dct || units.sentences.empty() || !units.sentences[0].dateline) return std::nullopt;
  const Sentence& s = units.sentences[0];
  // the date written before the dash ("LONDON, March 3 -"), not a weekday of a headline run
  // into the dateline ("MEETING ADJOURNED UNTIL THURSDAY")
  const Timex* last = nullptr;
  for (const Timex& t : timexes) {
    if (t.span.begin >= s.end) break;
    if (t.span.begin >= s.begin) last = &t;
  }
  if (last) {
    const Timex& t = *last;
    const bool has_digit = std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!has_digit || t.time.granularity != Granularity::Day || !t.time.earliest) return std::nullopt;
    const auto day = std::chrono::floor<date::days>(*t.time.earliest);
    const auto dct_day = std::chrono::floor<date::days>(dct->instant);
    const auto off = (day - dct_day).count();
    if (off == 0 || off < -2 || off > 2) return std::nullopt;
    Dct local;
    local.instant = Instant{day};
    local.text = date::format("%Y-%m-%d", day);
    return local;
  }
  return std::nullopt;
}

DocumentEvents read_document(const TimelineInput& in, const AliasTable& aliases) {
  thread_local TextUnits units;
  segment(in.text, units);
  TagResult own;
  const TagResult* tagged = in.tags;
  if (!tagged) tagged = &(own = tag(in.text, in.dct));
  std::optional<Dct> dct = in.dct;
  if (auto local = dateline_day(units, tagged->timexes, in.dct)) {  // re-read from the story's day
    dct = std::move(local);
    tagged = &(own = tag(in.text, dct));
  }
  const TagResult& tags = *tagged;
  std::vector<EventOrdinal> ordinal_storage;
  const std::vector<EventOrdinal>& ordinals = read_ordinals(in.text, tags.ordinals, ordinal_storage);
  std::vector<Mention> ms = extract_mentions(units, ordinals, tags.timexes);
  share_coordinated_subjects(ms);
  inherit_from_main_verbs(ms);
  resolve_pronouns(ms);
  std::vector<Attachment> times = attach_times(units, ms, tags.timexes, dct, tags.ranges);
  drop_undated_by_own_time(ms, times);
  date_phases_by_statement(units, ms, times, dct);
  bind_story_round(ms, times, ordinals);
  std::vector<MentionRelation> rels = find_relations(ms, times);

  DocumentEvents out;
  check_input(in.id, in.text, in.dct, tags.timexes, out.warnings);
  out.events.reserve(ms.size());
  std::unordered_map<std::string, std::vector<std::size_t>> statements_by_head;  // head word -> events
  std::vector<std::string> subjects;  // per event: its first mention's subject as written
  std::vector<std::size_t> event_of(ms.size());
  CodePointCursor cps{in.text};
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    const Sentence& s = units.sentences[m.sentence];
    Evidence ev;
    ev.doc = in.id;
    ev.sentence = m.sentence + 1;
    ev.span.begin = units.tokens[m.trigger].begin;
    ev.span.end = units.tokens[m.trigger_last].end;
    ev.span.cp_begin = cps.at(ev.span.begin);
    ev.span.cp_end = cps.at(ev.span.end);
    ev.text = std::string(in.text.substr(s.begin, s.end - s.begin));
    ev.trigger = std::string(in.text.substr(ev.span.begin, ev.span.end - ev.span.begin));
    // a statement told again by the same speaker, undated, is the same statement
    bool dated = times[k].time && !times[k].time->timex.empty();
    // (a present or future statement is never the same as another: not searched, not indexed)
    const bool mergeable = m.tense != Tense::Future && m.tense != Tense::Present;
    if (m.kind == EventKind::Statement && !m.quoted && !dated && !m.actor.empty() && mergeable && !m.actor_also) {
      // only statements whose speaker ends on the same word can be the same speaker's (an index,
      // so a document of thousands of statements is not searched whole for each)
      const std::vector<std::size_t>& candidates = statements_by_head[head_key(m.actor)];
      auto hit = std::find_if(candidates.begin(), candidates.end(), [&](std::size_t i) {
        const Event& e = out.events[i];
        // an unbounded time (a plan, a hypothetical) says nothing about being the same statement
        auto open_ended = [](const std::optional<EventTime>& t) { return t && t->time.earliest && !t->time.latest; };
        const bool bounded = !open_ended(e.time) && !open_ended(times[k].time) && e.tense != Tense::Modal &&
                             m.tense != Tense::Modal;
        return e.kind == EventKind::Statement && !subjects[i].empty() && same_actor(subjects[i], m.actor) && bounded &&
               e.tense != Tense::Future && m.tense != Tense::Future && e.tense != Tense::Present && m.tense != Tense::Present;
      });
      const auto same = hit == candidates.end() ? out.events.end() : out.events.begin() + static_cast<std::ptrdiff_t>(*hit);
      if (same != out.events.end()) {
        if (same->quote.empty()) same->quote = m.quote;
        if (same->channel.empty()) same->channel = m.channel;
        // the anaphoric time of a later mention ("Hours earlier") may date the whole statement
        if (times[k].anaphoric && same->time && same->time->timex.empty()) same->time = times[k].time;
        same->evidence.push_back(std::move(ev));
        event_of[k] = static_cast<std::size_t>(same - out.events.begin());
        continue;
      }
    }
    // "Negotiators ended the fifth round on Thursday. ... The fifth round ended on Thursday at
    // the Grand Hotel": one round's phase told twice on one day is one event; so is a telling
    // without a day (a headline's "Third round ends without a deal") and one that dates it; two
    // tellings on different days stay two (the series block reports the dissent)
    if (m.kind == EventKind::Round && m.ordinal_index >= 0) {
      const EventOrdinal& o = ordinals[static_cast<std::size_t>(m.ordinal_index)];
      const int round = o.kind == EventOrdinal::Kind::Number || o.kind == EventOrdinal::Kind::First ? o.number : 0;
      const std::string name = m.series_name.empty() ? std::string() : aliases.canonical(m.series_name);
      const bool bounded = dated && times[k].time->time.earliest && times[k].time->time.latest;
      const std::vector<std::string> identity = series_identity(clean_series_name(name));
      auto same_series = [&](const std::string& other) {  // "Brexit talks" and "Brexit negotiations"
        if (identity.empty() || other.empty() || other == name) return true;
        const std::vector<std::string> theirs = series_identity(clean_series_name(other));
        return theirs.empty() || std::any_of(identity.begin(), identity.end(), [&](const std::string& w) {
                 return std::find(theirs.begin(), theirs.end(), w) != theirs.end();
               });
      };
      // a headline's undated "Second round of talks resumes" (the whole round) is the news its
      // body dates as a phase: "A second round ... resumed Saturday" (the start)
      auto phases_agree = [&](const Event& e, bool e_dated) {
        if (e.phase == m.phase) return true;
        if (e_dated == dated) return false;
        return e_dated ? m.sentence == 0 && m.phase == Phase::Whole
                       : e.evidence.front().sentence == 1 && e.phase == Phase::Whole;
      };
      auto same = std::find_if(out.events.begin(), out.events.end(), [&](const Event& e) {
        if (round <= 0 || e.kind != EventKind::Round || !e.series || e.series->round != round ||
            !same_series(e.series->name))
          return false;
        const bool e_dated = e.time && !e.time->timex.empty();
        if (!phases_agree(e, e_dated)) return false;
        // a headline tells the round without its day, the body with it; other tellings of one
        // phase are kept apart unless they give the same day (the merge reports them together)
        if (e_dated != dated) return true;
        if (!dated) return true;
        return bounded && e.time->time.earliest == times[k].time->time.earliest &&
               e.time->time.latest == times[k].time->time.latest;
      });
      if (same != out.events.end()) {
        if (same->series->name.empty()) same->series->name = name;
        if (dated && (!same->time || same->time->timex.empty())) {
          same->time = times[k].time;
          same->tense = m.tense;
          same->phase = m.phase;
        }
        fill_empty(same->place, m.place);
        same->evidence.push_back(std::move(ev));
        event_of[k] = static_cast<std::size_t>(same - out.events.begin());
        continue;
      }
    }
    Event e;
    e.kind = m.kind;
    e.trigger = std::string(units.word(m.trigger));
    e.summary = summary_of(m);
    if (!m.actor.empty()) e.actors.push_back(m.actor);
    e.participants = m.participants;
    e.object = m.object;
    e.quote = m.quote;
    e.channel = m.channel;
    e.place = m.place;
    e.phase = m.phase;
    e.tense = m.tense;
    e.time = times[k].time;
    if (!m.series_name.empty() || m.ordinal_index >= 0) {
      SeriesRef ref;
      ref.name = m.series_name.empty() ? std::string() : aliases.canonical(m.series_name);
      if (m.ordinal_index >= 0) {
        const EventOrdinal& o = ordinals[static_cast<std::size_t>(m.ordinal_index)];
        if (!numbers_one_round(o)) {
          // "the 18th meeting of the Joint Commission": a count of the body's meetings, not a round
          if (e.kind == EventKind::Round) e.kind = EventKind::Meeting;
        } else {
          if (o.kind == EventOrdinal::Kind::Number || o.kind == EventOrdinal::Kind::First) ref.round = o.number;
          else ref.relative = std::string(output::to_string(o.kind));
          out.ordinals.emplace_back(out.events.size(), o);
        }
      }
      e.series = ref;
    }
    e.evidence.push_back(std::move(ev));
    classify_salience(e, m, dct);
    // the actors shown: the subject without what names no one, a list of names as its names
    // (salience above reads the subject as written: a round told of "the talks" has one)
    e.actors = actors_of_subject(m.actor);
    e.participants = shown_participants(e.participants);
    event_of[k] = out.events.size();
    // an earlier speaker of one lowercase word ("officials", "a spokesman") is matched by no
    // later one (same_actor), so it is not indexed: a thousand "officials said" stay linear
    // ("Ford Canada also said ..." is a claim of its own: no later statement is told as it again)
    if (e.kind == EventKind::Statement && !m.actor.empty() && mergeable && !m.actor_also && !lone_common_noun(m.actor))
      statements_by_head[head_key(m.actor)].push_back(out.events.size());
    subjects.push_back(m.actor);
    out.events.push_back(std::move(e));
  }
  split_round_lists(units, tags, out.events);
  // relations, now between events; a relation inside one merged event says nothing
  std::set<std::tuple<std::size_t, int, std::size_t>> seen;
  for (const MentionRelation& r : rels) {
    std::size_t a = event_of[r.from], b = event_of[r.to];
    if (a == b || !seen.emplace(a, static_cast<int>(r.type), b).second) continue;
    out.relations.push_back({std::to_string(a), r.type, std::to_string(b), r.basis});
  }
  return out;
}

// "the latest round", "the final round": the highest round the documents number in that series;
// "the next round" one after it, "the previous round" one before.
void resolve_relative_rounds(Timeline& tl, const std::vector<std::pair<std::size_t, EventOrdinal>>& ordinals) {
  std::vector<std::pair<std::string, int>> highest;
  auto high = [&](const std::string& name) -> int& {
    for (auto& [n, r] : highest)
      if (n == name) return r;
    highest.emplace_back(name, 0);
    return highest.back().second;
  };
  // only rounds told as held count: "the latest talks" in a report that looks forward to "the
  // third round" are the second
  for (const Event& e : tl.events)
    if (e.series && e.series->round > 0 && e.tense != Tense::Future && e.tense != Tense::Modal && e.tense != Tense::Nonfinite)
      high(e.series->name) = std::max(high(e.series->name), e.series->round);
  // a round with no series name joins the only series that has rounds
  for (auto& [idx, o] : ordinals) {
    Event& e = tl.events[idx];
    if (!e.series || e.series->round > 0) continue;
    std::string name = e.series->name;
    int top = name.empty() ? 0 : high(name);
    if (top == 0) {  // "the latest round of talks": the series that is numbered in the text
      for (auto& [n, r] : highest)
        if (r > top && (name.empty() || n.find(name) != std::string::npos || name.find(n) != std::string::npos ||
                        name.ends_with("talks"))) { top = r; if (name.empty()) e.series->name = n; }
    }
    switch (o.kind) {
      case EventOrdinal::Kind::Latest: case EventOrdinal::Kind::Final: e.series->round = top; break;
      case EventOrdinal::Kind::Next: e.series->round = top > 0 ? top + 1 : 0; break;
      case EventOrdinal::Kind::Previous: e.series->round = top > 1 ? top - 1 : 0; break;
      default: break;
    }
  }
}

}  // namespace

Timeline build_timeline(std::span<const TimelineInput> documents, const TimelineOptions& options) {
  const AliasTable& aliases = options.aliases ? *options.aliases : [] () -> const AliasTable& {
    static const AliasTable t = AliasTable::builtin();
    return t;
  }();
  // several documents: each read on its own, then merged (engine/merge/), so that an event
  // several articles report appears once
  if (documents.size() > 1) {
    std::vector<Timeline> each;
    for (const TimelineInput& in : documents) each.push_back(build_timeline(std::span(&in, 1), options));
    MatchOptions mo;
    mo.aliases = &aliases;
    return merge_timelines(std::move(each), mo);
  }
  Timeline tl;
  std::vector<std::pair<std::size_t, EventOrdinal>> ordinals;
  for (const TimelineInput& in : documents) {
    tl.documents.push_back({in.id, in.dct ? in.dct->text : std::string(), in.source});
    DocumentEvents d = read_document(in, aliases);
    tl.warnings.insert(tl.warnings.end(), d.warnings.begin(), d.warnings.end());
    std::size_t base = tl.events.size();
    for (auto& [i, o] : d.ordinals) ordinals.emplace_back(base + i, o);
    for (Relation& r : d.relations) {
      r.from = "e" + std::to_string(base + std::stoul(r.from) + 1);
      r.to = "e" + std::to_string(base + std::stoul(r.to) + 1);
      tl.relations.push_back(std::move(r));
    }
    for (Event& e : d.events) {
      e.id = "e" + std::to_string(tl.events.size() + 1);
      tl.events.push_back(std::move(e));
    }
  }
  resolve_relative_rounds(tl, ordinals);
  build_series(tl);
  order_timeline(tl);
  return tl;
}

}  // namespace parley
