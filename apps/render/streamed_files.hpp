#pragma once
// The Markdown and HTML files of a document written as the document is
// made, not after: the page a part at a time as its sections are converted,
// the Markdown on a thread of its own while the page is made. A report of a
// thousand tenders is 19 MB of Markdown and 39 MB of HTML; the page is never
// held whole, the Markdown never copied, and the disk works while the
// processor does. Each file is checked and opened before the document is
// made, written and synced as it is made (the Markdown's while the page is
// still being made), and put in place (or refused) by finish, only once the
// document is made; their problems are told in the order of the formats, as
// write_file_atomically would have told them.

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/output_file.hpp"
#include "procure/documents/document_kind.hpp"

namespace procure::cli {

class StreamedFiles {
 public:
  // A file for each format ("md", "html") and its target. `inputs` gives,
  // once the document's templates are read, the files no output may be.
  StreamedFiles(const std::vector<std::pair<std::string, std::filesystem::path>>& targets,
                const WriteRules& rules,
                std::function<std::vector<std::filesystem::path>()> inputs);
  StreamedFiles(const StreamedFiles&) = delete;
  StreamedFiles& operator=(const StreamedFiles&) = delete;

  // Where render_document gives the texts: to the files that could be opened.
  DocumentOutputs outputs();
  bool has(std::string_view format) const { return files_.contains(format); }
  // Whether the format's file was refused before the document was made.
  bool refused(std::string_view format) const;
  // Once the document is made: every file written whole and synced to the
  // disk, not yet in place (what finish would otherwise wait for).
  void sync();
  // Once the document is made: the file put in place; its problems, and
  // whether it was put in place (not when it is one of the inputs after
  // all: a template read meanwhile).
  bool finish(std::string_view format, Diagnostics& diagnostics);

 private:
  struct File {
    File(const std::filesystem::path& target, const WriteRules& rules)
        : file(target, rules, problems) {}
    Diagnostics problems;  // first: the file's constructor reports into it
    OutputFile file;
  };

  std::function<std::vector<std::filesystem::path>()> inputs_;
  std::map<std::string, File, std::less<>> files_;
  std::shared_ptr<const void> markdown_;  // what the Markdown's parts are of
  std::vector<std::string_view> markdown_parts_;
  std::jthread markdown_writer_;  // joined before the Markdown and the files go
};

}  // namespace procure::cli
