#pragma once
namespace parley {
inline constexpr const char* version = "0.1.0";
inline constexpr int yaml_schema_version = 1;
}  // namespace parley
