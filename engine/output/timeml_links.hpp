#pragma once
// The links of a TimeML file that name its own TIMEX3 tags (TLINK timeID and relatedToTime),
// which parley replaces with its own: each is pointed at parley's TIMEX3 of the same text extent,
// or the link is dropped when parley writes none there, so no link names a TIMEX3 that is gone.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "parley/timeml_markup.hpp"
#include "parley/timex.hpp"

namespace parley::output {

struct RewrittenLinks {
  std::string markup;
  std::size_t remapped = 0, dropped = 0;  // links
};

// Old TIMEX3 id -> parley's id for each replaced TIMEX3 that a written timex covers exactly;
// replaced ids absent from it are gone.
std::map<std::string, std::string> timex_id_map(const std::vector<TimemlMarkup::OriginalTimex>& replaced,
                                                const std::vector<const Timex*>& written);

// `markup` (the part of the file after <TEXT>) with its TLINK tags rewritten by `ids`: a link
// naming a replaced TIMEX3 that has no counterpart is left out.
RewrittenLinks rewrite_links(std::string_view markup, const std::vector<TimemlMarkup::OriginalTimex>& replaced,
                             const std::map<std::string, std::string>& ids);

}  // namespace parley::output
