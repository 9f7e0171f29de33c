// parley._parley: the engine for Python. Every answer is written by the library's own output code
// (the batch protocol's lines, the timeline YAML), so the package and the command line cannot
// drift; python/parley/__init__.py turns that text into Python objects.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "parley/batch_answer.hpp"
#include "parley/batch_line.hpp"
#include "parley/merge_shuffle.hpp"
#include "parley/timeline_compare.hpp"
#include "parley/timeline_merge.hpp"
#include "parley/timeline_output.hpp"
#include "engine/merge/input_order.hpp"
#include "engine/timeline/timeline_series.hpp"
#include "python/src/timeline_transfer.hpp"
#include "python/src/yaml_objects.hpp"

namespace py = pybind11;

namespace parley::python {
namespace {

// A batch protocol line without its line end (dask.bag.read_text keeps the '\n').
std::string_view without_line_end(std::string_view line) {
  if (line.ends_with('\n')) line.remove_suffix(1);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

// The answer lines of `lines`, one each, without their '\n'; the GIL is released while the
// engine works, so several Python threads can answer at once.
std::vector<std::string> answer_all(const std::vector<std::string>& lines, const DocumentAnswer& answer) {
  py::gil_scoped_release unlocked;
  std::vector<std::string> out(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    answer_batch_line(without_line_end(lines[i]), i + 1, answer, out[i]);
    if (out[i].ends_with('\n')) out[i].pop_back();
  }
  return out;
}

std::string request_line(const std::string& text, const std::optional<std::string>& dct) {
  nlohmann::json request{{"id", ""}, {"text", text}, {"dct", nullptr}};
  if (dct) request["dct"] = *dct;
  return request.dump();
}

// The document of a request, or ValueError with the batch protocol's message for that line,
// "line N: " replaced by `what` ("document 2: dct '2021-13-01' is not YYYY-MM-DD[THH:MM[:SS]]").
Document document_or_raise(const std::string& line, std::size_t number, const std::string& what) {
  BatchLine request = read_batch_line(line, number);
  if (request.document) return std::move(*request.document);
  std::string message = request.error;
  if (const std::string prefix = "line " + std::to_string(number) + ": "; message.starts_with(prefix))
    message = what.empty() ? message.substr(prefix.size()) : what + ": " + message.substr(prefix.size());
  throw py::value_error(message);
}

// tag(): the batch answer {"id","dct","timexes","ordinals"} as JSON text.
std::string tag_json(const std::string& text, const std::optional<std::string>& dct) {
  const Document doc = document_or_raise(request_line(text, dct), 1, "");
  py::gil_scoped_release unlocked;
  std::string out;
  append_tag_answer(doc, out);
  if (out.ends_with('\n')) out.pop_back();
  return out;
}

struct DocumentFields {
  std::string id, text;
  std::optional<std::string> dct;
  std::string source;
};

AliasTable aliases_from(const std::optional<std::string>& path) {
  AliasTable aliases = AliasTable::builtin();
  if (path) {
    try {
      aliases.merge(AliasTable::load(*path));
    } catch (const std::exception& e) {
      throw py::value_error(e.what());
    }
  }
  return aliases;
}

// timeline(): the joint timeline of the documents as `parley timeline` writes it.
std::string timeline_yaml(const std::vector<DocumentFields>& fields, bool all, const std::optional<std::string>& aliases_path) {
  std::vector<Document> docs;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    Document d = document_or_raise(request_line(fields[i].text, fields[i].dct), i + 1, "document " + std::to_string(i + 1));
    d.id = fields[i].id;
    d.source = fields[i].source;
    docs.push_back(std::move(d));
  }
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  std::vector<TimelineInput> inputs;
  for (const Document& d : docs) inputs.push_back(timeline_input(d));
  TimelineOptions options;
  options.aliases = &aliases;
  Timeline tl = build_timeline(inputs, options);
  if (!all) drop_background(tl);
  return timeline_to_yaml(tl);
}

// For parley.distributed: each line's `timeline --jsonl` answer, and for a line answered without
// error its whole timeline as a transfer line (None for an error line).
std::vector<std::pair<std::string, std::optional<std::string>>> timeline_shard(const std::vector<std::string>& lines,
                                                                               const std::optional<std::string>& aliases_path) {
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  TimelineOptions options;
  options.aliases = &aliases;
  std::vector<std::pair<std::string, std::optional<std::string>>> out(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::optional<std::string> transfer;
    const bool ok = answer_batch_line(without_line_end(lines[i]), i + 1, [&](const Document& doc, std::string& line) {
      const TimelineInput in = timeline_input(doc);
      const Timeline tl = build_timeline(std::span<const TimelineInput>(&in, 1), options);
      line += timeline_to_json_line(tl, doc.id);
      transfer = timeline_to_transfer(tl);
    }, out[i].first);
    if (ok) out[i].second = std::move(transfer);
  }
  return out;
}

// The collection: per-document timelines merged as `parley timeline` merges them, and the
// report `parley compare` gives over the same articles (None when not asked for).
std::pair<std::string, std::optional<std::string>> merge_transfers(const std::vector<std::string>& transfers, bool all,
                                                                   bool compare,
                                                                   const std::optional<std::string>& aliases_path) {
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  std::vector<Timeline> each;
  each.reserve(transfers.size());
  for (std::size_t i = 0; i < transfers.size(); ++i)
    each.push_back(timeline_from_transfer(transfers[i], "timeline " + std::to_string(i + 1)));
  MatchOptions match;
  match.aliases = &aliases;
  std::optional<std::string> report;
  if (compare && each.size() > 1) report = compare_report_to_yaml(compare_timelines(each, match));
  // one document: build_timeline does not merge it either
  Timeline tl = each.size() == 1 ? std::move(each.front()) : merge_timelines(std::move(each), match);
  if (!all) drop_background(tl);
  return {timeline_to_yaml(tl), std::move(report)};
}


// --- the shuffled merge (parley/merge_shuffle.hpp), step by step for parley.distributed ---------

// What the plan needs of one per-document timeline: its order key, the events series unification
// reads or may change (their indices, and the events as a timeline transfer), and the block keys
// of every other event (which unification leaves alone).
using MergeHead = std::tuple<std::string, std::vector<std::size_t>, std::string, std::vector<std::vector<std::string>>>;

// The events of `tl` that series unification reads or may change (ascending): the plan unifies
// these and sends them back in this order, and group_members puts them back in the same places,
// so both sides must pick them by this one function.
std::vector<std::size_t> named_events(const Timeline& tl) {
  std::vector<std::size_t> out;
  for (std::size_t e = 0; e < tl.events.size(); ++e)
    if (timeline::in_series_unification(tl.events[e])) out.push_back(e);
  return out;
}

std::vector<MergeHead> merge_heads(const std::vector<std::string>& transfers, const std::optional<std::string>& aliases_path) {
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  MatchOptions match;
  match.aliases = &aliases;
  std::vector<MergeHead> out;
  out.reserve(transfers.size());
  for (std::size_t i = 0; i < transfers.size(); ++i) {
    Timeline tl = timeline_from_transfer(transfers[i], "timeline " + std::to_string(i + 1));
    MergeHead h;
    std::get<0>(h) = merge::documents_key(tl);
    Timeline named;
    std::get<1>(h) = named_events(tl);
    for (std::size_t e = 0, n = 0; e < tl.events.size(); ++e) {
      if (n < std::get<1>(h).size() && std::get<1>(h)[n] == e) {
        ++n;
        named.events.push_back(std::move(tl.events[e]));
        std::get<3>(h).emplace_back();
      } else {
        std::get<3>(h).push_back(event_block_keys(tl.events[e], match));
      }
    }
    std::get<2>(h) = timeline_to_transfer(named);
    out.push_back(std::move(h));
  }
  return out;
}

// The plan, in one task, over the heads of every partition: the inputs' order, the series unified
// over all of them, every event's group. For each partition, per order key: (index among the
// sorted inputs, the named events unified, each event's group, whether that group lies in this
// partition alone, so that it is merged where it is and never shuffled); and the quote words whose
// blocks the whole collection leaves out (merge_group needs them). None when two inputs have the
// same documents (their order is by content, which only the whole timelines give) or there are
// fewer than two.
using MergePlanEntry = std::tuple<std::size_t, std::string, std::vector<std::size_t>, std::vector<bool>>;
using MergePlan = std::pair<std::vector<std::map<std::string, MergePlanEntry>>, std::vector<std::string>>;

std::optional<MergePlan> plan_merge(std::vector<std::vector<MergeHead>> partitions,
                                    const std::optional<std::string>& aliases_path) {
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  MatchOptions match;
  match.aliases = &aliases;
  std::vector<std::pair<std::size_t, MergeHead*>> heads;  // (partition, head)
  for (std::size_t p = 0; p < partitions.size(); ++p)
    for (MergeHead& h : partitions[p]) heads.emplace_back(p, &h);
  const auto key = [](const std::pair<std::size_t, MergeHead*>& h) -> const std::string& { return std::get<0>(*h.second); };
  std::sort(heads.begin(), heads.end(), [&](const auto& x, const auto& y) { return key(x) < key(y); });
  if (heads.size() < 2) return std::nullopt;
  for (std::size_t t = 1; t < heads.size(); ++t)
    if (key(heads[t]) == key(heads[t - 1])) return std::nullopt;
  std::vector<Timeline> named;
  for (std::size_t t = 0; t < heads.size(); ++t)
    named.push_back(timeline_from_transfer(std::get<2>(*heads[t].second), "named events " + std::to_string(t + 1)));
  timeline::unify_series(named, match.date_window_days);
  std::vector<std::vector<std::string>> keys;
  std::vector<std::size_t> first(heads.size() + 1), partition_of;  // per event
  for (std::size_t t = 0; t < heads.size(); ++t) {
    auto& event_keys = std::get<3>(*heads[t].second);
    const auto& index = std::get<1>(*heads[t].second);
    for (std::size_t n = 0; n < index.size(); ++n) event_keys[index[n]] = event_block_keys(named[t].events[n], match);
    first[t] = keys.size();
    for (auto& k : event_keys) {
      keys.push_back(std::move(k));
      partition_of.push_back(heads[t].first);
    }
  }
  first[heads.size()] = keys.size();
  const std::vector<std::size_t> group = merge_groups(keys);
  // a group (its first event's index) that lies in one partition keeps it here; else "several"
  constexpr std::size_t several = static_cast<std::size_t>(-1);
  std::vector<std::size_t> home(keys.size(), several);
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (group[i] == i) home[i] = partition_of[i];
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (home[group[i]] != partition_of[i]) home[group[i]] = several;
  MergePlan out;
  out.second = crowded_quote_words(keys);
  out.first.resize(partitions.size());
  for (std::size_t t = 0; t < heads.size(); ++t) {
    std::vector<std::size_t> g(group.begin() + first[t], group.begin() + first[t + 1]);
    std::vector<bool> local;
    for (std::size_t x : g) local.push_back(home[x] != several);
    out.first[heads[t].first].emplace(key(heads[t]), MergePlanEntry{t, timeline_to_transfer(named[t]), std::move(g),
                                                                    std::move(local)});
  }
  return out;
}

// Each group matched and joined (events of a group in any order); the results of all as one.
GroupMerge merge_all(std::map<std::size_t, std::vector<GroupEvent>>& groups, const std::vector<std::string>& crowded,
                     const MatchOptions& match) {
  GroupMerge all;
  for (auto& [g, events] : groups) {
    std::sort(events.begin(), events.end(), [](const GroupEvent& x, const GroupEvent& y) { return x.ref < y.ref; });
    GroupMerge one = merge_group(events, crowded, match);
    std::move(one.joined.begin(), one.joined.end(), std::back_inserter(all.joined));
    std::move(one.near_misses.begin(), one.near_misses.end(), std::back_inserter(all.near_misses));
  }
  return all;
}

// One partition's timelines under its part of the plan: the events of groups that lie in other
// partitions too, each as (group, transfer) in the bucket of its group (group mod `buckets`: the
// shuffle moves buckets, not events one by one); the groups that lie here alone (most: a story
// told by one wire) matched and joined here, as one transfer; and each timeline's head (its
// index, the timeline without its events) for the assembly.
using Bucket = std::vector<std::pair<std::size_t, std::string>>;
using Members = std::tuple<std::vector<Bucket>, std::vector<std::pair<std::size_t, std::string>>, std::string>;

Members group_members(const std::vector<std::string>& transfers, const std::map<std::string, MergePlanEntry>& plan,
                      const std::vector<std::string>& crowded_quote_words, std::size_t buckets,
                      const std::optional<std::string>& aliases_path) {
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  MatchOptions match;
  match.aliases = &aliases;
  buckets = std::max<std::size_t>(buckets, 1);
  Members out;
  auto& [shuffled, heads, local_merged] = out;
  shuffled.resize(buckets);
  std::map<std::size_t, std::vector<GroupEvent>> local;
  for (std::size_t i = 0; i < transfers.size(); ++i) {
    Timeline tl = timeline_from_transfer(transfers[i], "timeline " + std::to_string(i + 1));
    const auto& [t, named_transfer, group, alone] = plan.at(merge::documents_key(tl));
    Timeline named = timeline_from_transfer(named_transfer, "named events");
    // the plan's unified events, in the places merge_heads took them from (not "has a series":
    // a phase of talks without one is unified too, and unification may drop a series)
    const std::vector<std::size_t> index = named_events(tl);
    if (index.size() != named.events.size() || group.size() != tl.events.size())
      throw py::value_error("group_members: the plan does not fit its timeline");
    for (std::size_t e = 0, n = 0; e < tl.events.size(); ++e) {
      const bool unified = n < index.size() && index[n] == e;
      GroupEvent g{{t, e}, tl.documents.empty() ? std::string() : tl.documents.front().id,
                   unified ? std::move(named.events[n++]) : std::move(tl.events[e])};
      if (alone[e]) local[group[e]].push_back(std::move(g));
      else shuffled[group[e] % buckets].emplace_back(group[e], group_event_to_transfer(g));
    }
    tl.events.clear();
    heads.emplace_back(t, timeline_to_transfer(tl));
  }
  local_merged = group_merge_to_transfer(merge_all(local, crowded_quote_words, match));
  return out;
}

// One bucket's events (group, transfer), from every partition: each group matched and joined,
// on the worker that holds the bucket; the results of all its groups as one transfer.
std::string merge_bucket(const std::vector<Bucket>& parts, const std::vector<std::string>& crowded_quote_words,
                         const std::optional<std::string>& aliases_path) {
  const AliasTable aliases = aliases_from(aliases_path);
  py::gil_scoped_release unlocked;
  MatchOptions match;
  match.aliases = &aliases;
  std::map<std::size_t, std::vector<GroupEvent>> groups;
  for (const Bucket& part : parts)
    for (const auto& [g, transfer] : part) groups[g].push_back(group_event_from_transfer(transfer));
  return group_merge_to_transfer(merge_all(groups, crowded_quote_words, match));
}

// The merged timeline's YAML from the heads (index, transfer) and the groups' results.
std::string assemble_groups(const std::vector<std::pair<std::size_t, std::string>>& heads,
                            const std::vector<std::string>& groups, bool all) {
  py::gil_scoped_release unlocked;
  std::vector<Timeline> sorted(heads.size());
  for (const auto& [t, transfer] : heads) sorted.at(t) = timeline_from_transfer(transfer, "head " + std::to_string(t));
  std::vector<GroupMerge> merged;
  merged.reserve(groups.size());
  for (const auto& g : groups) merged.push_back(group_merge_from_transfer(g));
  Timeline tl = assemble_merge(sorted, std::move(merged));
  if (!all) drop_background(tl);
  return timeline_to_yaml(tl);
}

}  // namespace
}  // namespace parley::python

PYBIND11_MODULE(_parley, m) {
  using namespace parley::python;
  m.doc() = "The parley engine (time expressions, events, timelines); see the parley package.";
  m.def("tag_json", &tag_json, py::arg("text"), py::arg("dct") = py::none());
  m.def("timeline_yaml", [](const std::vector<py::tuple>& docs, bool all, const std::optional<std::string>& aliases) {
    std::vector<DocumentFields> fields;
    for (const py::tuple& t : docs)
      fields.push_back({t[0].cast<std::string>(), t[1].cast<std::string>(), t[2].cast<std::optional<std::string>>(),
                        t[3].cast<std::string>()});
    return timeline_yaml(fields, all, aliases);
  }, py::arg("docs"), py::arg("all") = false, py::arg("aliases") = py::none());
  m.def("tag_batch", [](const std::vector<std::string>& lines) { return answer_all(lines, parley::append_tag_answer); },
        py::arg("lines"), "`parley tag --jsonl` over the lines: one answer line each, without its newline.");
  m.def("timeline_batch", [](const std::vector<std::string>& lines, const std::optional<std::string>& aliases) {
    const parley::AliasTable table = aliases_from(aliases);
    parley::TimelineOptions options;
    options.aliases = &table;
    return answer_all(lines, [&](const parley::Document& doc, std::string& out) {
      parley::append_timeline_answer(doc, options, out);
    });
  }, py::arg("lines"), py::arg("aliases") = py::none(),
        "`parley timeline --jsonl` over the lines: one answer line each, without its newline.");
  m.def("timeline_shard", &timeline_shard, py::arg("lines"), py::arg("aliases") = py::none());
  m.def("merge_transfers", &merge_transfers, py::arg("transfers"), py::arg("all") = false, py::arg("compare") = true,
        py::arg("aliases") = py::none());
  m.def("merge_heads", &merge_heads, py::arg("transfers"), py::arg("aliases") = py::none());
  m.def("plan_merge", &plan_merge, py::arg("heads"), py::arg("aliases") = py::none());
  m.def("group_members", &group_members, py::arg("transfers"), py::arg("plan"), py::arg("crowded_quote_words"),
        py::arg("buckets"), py::arg("aliases") = py::none());
  m.def("merge_bucket", &merge_bucket, py::arg("parts"), py::arg("crowded_quote_words"), py::arg("aliases") = py::none());
  m.def("assemble_groups", &assemble_groups, py::arg("heads"), py::arg("groups"), py::arg("all") = false);
  m.def("yaml_to_python", &yaml_to_python, py::arg("text"));
}
