#pragma once
// The YAML parley writes, as Python objects: maps become dicts (in written order), sequences
// lists, quoted scalars str, plain scalars null/bool/int/float when they read as one (YAML 1.2's
// core schema) and str otherwise. Dates stay strings, as in the JSON Schema.
#include <pybind11/pybind11.h>

#include <string>

namespace parley::python {

pybind11::object yaml_to_python(const std::string& text);

}  // namespace parley::python
