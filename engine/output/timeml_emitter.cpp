// TimeML for the TempEval tools: a .tml input comes back with its own markup and parley's TIMEX3
// tags; plain text becomes a complete TimeML document.
#include <fmt/format.h>

#include "engine/input/timeml_body.hpp"
#include "engine/output/fields.hpp"
#include "engine/output/timeml_links.hpp"
#include "engine/output/timeml_writer.hpp"
#include "parley/emit.hpp"

namespace parley {
namespace {

std::string dct_element(const Document& doc) {
  if (!doc.dct) return fmt::format("<!-- {} -->\n", output::no_dct_note);
  const std::string value = output::dct_value(*doc.dct);
  return fmt::format(
      R"(<DCT><TIMEX3 tid="t0" type="{}" value="{}" temporalFunction="false" functionInDocument="CREATION_TIME">{}</TIMEX3></DCT>)"
      "\n",
      doc.dct->has_time_of_day ? "TIME" : "DATE", value, value);
}

TimemlMarkup markup_for_plain_text(const Document& doc) {
  TimemlMarkup markup;
  markup.head = fmt::format("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>{}</DOCID>\n{}<TEXT>",
                            output::escape_attribute(doc.id), dct_element(doc));
  std::string text;  // the same as doc.text; the builder needs somewhere to write it
  TimemlBodyBuilder(text, markup.body).escaped(doc.text);
  markup.tail = "</TEXT>\n</TimeML>\n";
  return markup;
}

}  // namespace

std::size_t emit_timeml(std::ostream& out, const Document& doc, const TagResult& result, TimemlLinkCounts* links) {
  const TimemlMarkup plain = doc.timeml ? TimemlMarkup{} : markup_for_plain_text(doc);
  const TimemlMarkup& markup = doc.timeml ? *doc.timeml : plain;
  const auto body = output::write_timeml_body(markup.body, doc.text.size(), result.timexes, result.ranges);
  const auto tail = output::rewrite_links(markup.tail, markup.replaced_timexes,
                                          output::timex_id_map(markup.replaced_timexes, body.written));
  out << markup.head << body.xml << tail.markup;
  if (links) *links = {tail.remapped, tail.dropped};
  return body.dropped;
}

}  // namespace parley
