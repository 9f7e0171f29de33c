#include "grammar/keywords.hpp"

namespace parley::grammar {
namespace {
std::vector<std::string_view>& registry() {
  static std::vector<std::string_view> words;  // views of string literals in the rule definitions
  return words;
}
}  // namespace

const std::vector<std::string_view>& rule_keywords() { return registry(); }
void register_keyword(std::string_view word) { registry().push_back(word); }

}  // namespace parley::grammar
