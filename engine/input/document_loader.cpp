// Loading a document: every check that makes input "bad input" (exit status 1) happens here, so
// the tagger only ever sees valid UTF-8 text.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "engine/input/front_matter.hpp"
#include "engine/input/timeml_reader.hpp"
#include "parley/document.hpp"
#include "parley/utf8.hpp"

namespace parley {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_timeml_name(std::string_view path) { return ends_with(path, ".tml") || ends_with(path, ".tml.TE3input"); }

// The file name without directories and without ".tml" / ".tml.TE3input", as the scorers name
// documents.
std::string document_id(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  if (!is_timeml_name(name)) return std::filesystem::path(name).stem().string();
  for (std::string_view suffix : {".TE3input", ".tml"})
    if (ends_with(name, suffix)) name.resize(name.size() - suffix.size());
  return name;
}

void check_is_text(std::string_view bytes, const std::string& name) {
  if (const auto nul = utf8::find_nul(bytes))
    throw InputError(fmt::format("{}:{}:{}: binary file (NUL byte at byte offset {})", name, nul->line,
                                 nul->column, nul->byte));
  if (const auto bad = utf8::find_invalid(bytes))
    throw InputError(fmt::format("{}:{}:{}: invalid UTF-8 (byte offset {})", name, bad->line, bad->column, bad->byte));
}

// A DCT that cannot be read is bad input unless --dct replaces it.
void load_timeml(std::string_view bytes, const LoadOptions& options, Document& doc) {
  auto file = read_timeml(bytes, doc.path);
  doc.text = std::move(file.text);
  if (file.dct && !options.dct) {
    doc.dct = parse_dct(*file.dct);
    if (!doc.dct) throw InputError(fmt::format("{}: DCT '{}' is not a date (give one with --dct)", doc.path, *file.dct));
  }
  doc.timeml = std::make_shared<const TimemlMarkup>(std::move(file.markup));
  doc.format = DocumentFormat::Timeml;
}

void load_text(std::string&& bytes, Document& doc) {
  if (auto front = read_front_matter(bytes, doc.path)) {
    doc.dct = front->dct;
    doc.source = std::move(front->source);
    if (!front->id.empty()) doc.id = std::move(front->id);
    bytes.erase(0, front->text_begin);
    doc.format = DocumentFormat::FrontMatter;
  }
  doc.text = std::move(bytes);
}

}  // namespace

Document parse_document(std::string bytes, const std::string& path, const LoadOptions& options) {
  check_is_text(bytes, path);
  if (std::string_view(bytes).substr(0, 3) == byte_order_mark) bytes.erase(0, 3);
  Document doc;
  doc.path = path;
  doc.id = path == "-" ? "stdin" : document_id(path);
  if (is_timeml_name(path))
    load_timeml(bytes, options, doc);
  else
    load_text(std::move(bytes), doc);
  if (options.dct) doc.dct = options.dct;
  return doc;
}

Document load_document(const std::filesystem::path& file, const LoadOptions& options) {
  const std::string name = file.string();
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw InputError(name + ": is a directory");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open: {}", name, std::strerror(errno)));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(fmt::format("{}: cannot read: {}", name, std::strerror(errno)));
  return parse_document(std::move(bytes).str(), name, options);
}

}  // namespace parley
