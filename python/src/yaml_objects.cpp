#include "python/src/yaml_objects.hpp"

#include <regex>

#include <yaml-cpp/yaml.h>

namespace py = pybind11;

namespace parley::python {
namespace {

py::object plain_scalar(const std::string& s) {
  static const std::regex integer("[-+]?[0-9]+"), real("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return py::none();
  if (s == "true" || s == "True" || s == "TRUE") return py::bool_(true);
  if (s == "false" || s == "False" || s == "FALSE") return py::bool_(false);
  if (std::regex_match(s, integer)) return py::reinterpret_steal<py::object>(PyLong_FromString(s.c_str(), nullptr, 10));
  if (std::regex_match(s, real)) return py::float_(std::stod(s));
  return py::str(s);
}

py::object convert(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: {
      py::dict d;
      for (const auto& kv : n) d[convert(kv.first)] = convert(kv.second);
      return d;
    }
    case YAML::NodeType::Sequence: {
      py::list l;
      for (const auto& x : n) l.append(convert(x));
      return l;
    }
    case YAML::NodeType::Scalar:
      return n.Tag() == "!" ? py::str(n.Scalar()) : plain_scalar(n.Scalar());
    default:
      return py::none();
  }
}

}  // namespace

py::object yaml_to_python(const std::string& text) {
  try {
    return convert(YAML::Load(text));
  } catch (const YAML::Exception& e) {
    throw py::value_error(std::string("not YAML: ") + e.what());
  }
}

}  // namespace parley::python
