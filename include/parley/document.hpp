#pragma once
// A document to tag: its text, its document creation time and where it came from. Loaded from
// a plain UTF-8 file, a file with a YAML front matter block, a TimeML (.tml) file or standard
// input. Offsets reported for a document are always into `text`.

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "parley/dct.hpp"

namespace parley {

struct TimemlMarkup;  // parley/timeml_markup.hpp

enum class DocumentFormat : unsigned char {
  Plain,        // the whole file is the text
  FrontMatter,  // "---\ndct: ...\n---\n" then the text
  Timeml        // the text is <TEXT> without tags; the markup is kept to write the file back
};

struct Document {
  std::string id;          // file stem, or the front matter's `id:`
  std::string text;        // UTF-8, what the tagger reads
  std::optional<Dct> dct;  // absent: expressions relative to it stay relative
  std::string source;      // the front matter's `source:` (where the article was published)
  std::string path;        // the file it was read from, "-" for standard input
  DocumentFormat format = DocumentFormat::Plain;
  std::shared_ptr<const TimemlMarkup> timeml;  // set for DocumentFormat::Timeml
};

// Bad input: missing or unreadable file, binary data, invalid UTF-8, malformed front matter or
// TimeML. what() is one line naming the file and, where there is one, the position
// ("notes.txt:3:14: invalid UTF-8 (byte 57)").
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LoadOptions {
  std::optional<Dct> dct;  // --dct: replaces whatever DCT the document carries
};

// Reads and parses a file. A name ending in .tml is read as TimeML, any other file as text with
// an optional front matter block. A leading byte order mark is dropped. Throws InputError.
Document load_document(const std::filesystem::path& file, const LoadOptions& = {});

// Parses bytes already read (standard input, tests). `path` names the input in messages and
// chooses TimeML when it ends in .tml. Throws InputError.
Document parse_document(std::string bytes, const std::string& path, const LoadOptions& = {});

}  // namespace parley
