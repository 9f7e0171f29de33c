#include "python/src/timeline_transfer.hpp"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "parley/timeline_io.hpp"
#include "parley/timeline_output.hpp"

namespace parley::python {

using Json = nlohmann::json;

std::string timeline_to_transfer(const Timeline& tl) {
  Json evidence = Json::array();
  for (const Event& e : tl.events)
    for (const Evidence& x : e.evidence) evidence.push_back(Json::array({x.span.begin, x.span.end, x.trigger}));
  return Json{{"yaml", timeline_to_yaml(tl)}, {"evidence", std::move(evidence)}}.dump();
}

Timeline timeline_from_transfer(const std::string& text, const std::string& where) {
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::exception&) {
    throw std::runtime_error(where + ": not a timeline transfer line");
  }
  if (!j.is_object() || !j.contains("yaml") || !j["yaml"].is_string() || !j.contains("evidence") ||
      !j["evidence"].is_array())
    throw std::runtime_error(where + ": not a timeline transfer line");
  Timeline tl = timeline_from_yaml(j["yaml"].get<std::string>(), where);
  const Json& evidence = j["evidence"];
  std::size_t next = 0;
  for (Event& e : tl.events)
    for (Evidence& x : e.evidence) {
      if (next >= evidence.size()) throw std::runtime_error(where + ": fewer evidence entries than the timeline has");
      const Json& v = evidence[next++];
      x.span.begin = v.at(0).get<std::size_t>();
      x.span.end = v.at(1).get<std::size_t>();
      x.trigger = v.at(2).get<std::string>();
    }
  if (next != evidence.size()) throw std::runtime_error(where + ": more evidence entries than the timeline has");
  return tl;
}

}  // namespace parley::python
