#pragma once
// Every literal word the grammar's rules begin or continue with, as the rules spell it. The
// scanner only tries the grammar at words that can start an expression; collecting the keywords
// as the rules are built keeps that list complete by construction.
#include <string_view>
#include <vector>

namespace parley::grammar {

// Words registered by blocks::kw() while the grammar units were being constructed (static
// initialization): read it only after main() has started.
const std::vector<std::string_view>& rule_keywords();
void register_keyword(std::string_view word);

}  // namespace parley::grammar
