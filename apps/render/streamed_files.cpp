#include "streamed_files.hpp"

#include "procure/core/joined_text.hpp"

namespace procure::cli {
namespace {

// A report of a thousand tenders is 19 MB; a letter, a few kilobytes.
constexpr std::size_t least_markdown_on_a_thread = 1 << 20;

}  // namespace

StreamedFiles::StreamedFiles(
    const std::vector<std::pair<std::string, std::filesystem::path>>& targets,
    const WriteRules& rules, std::function<std::vector<std::filesystem::path>()> inputs)
    : inputs_(std::move(inputs)) {
  for (const auto& [format, target] : targets)
    files_.try_emplace(format, target, rules);
}

DocumentOutputs StreamedFiles::outputs() {
  DocumentOutputs outputs;
  const auto html = files_.find("html");
  const bool page_made = html != files_.end() && html->second.file.ok();
  if (const auto md = files_.find("md"); md != files_.end() && md->second.file.ok()) {
    outputs.markdown = [this, page_made, file = &md->second.file](
                           std::shared_ptr<const void> text, std::vector<std::string_view> parts) {
      markdown_ = std::move(text);
      markdown_parts_ = std::move(parts);
      const std::size_t size = joined_size(markdown_parts_);
      const auto write = [this, file] {
        for (const auto part : markdown_parts_)
          file->write(part);
        file->sync();
      };
      // A thread only to work beside a long page: a thread a letter, a
      // thousand letters, cost the allocator more than the writing.
      if (page_made && size >= least_markdown_on_a_thread)
        markdown_writer_ = std::jthread(write);
      else
        write();
    };
  }
  if (page_made)
    outputs.html = [file = &html->second.file](std::string_view part) { file->write(part); };
  return outputs;
}

bool StreamedFiles::refused(std::string_view format) const {
  const auto it = files_.find(format);
  return it != files_.end() && !it->second.file.ok();
}

void StreamedFiles::sync() {
  if (markdown_writer_.joinable())
    markdown_writer_.join();
  for (auto& [format, file] : files_)
    file.file.sync();
}

bool StreamedFiles::finish(std::string_view format, Diagnostics& diagnostics) {
  const auto it = files_.find(format);
  if (it == files_.end())
    return false;
  if (format == "md" && markdown_writer_.joinable())
    markdown_writer_.join();
  File& file = it->second;
  file.file.check_inputs(inputs_(), file.problems);
  const bool put_in_place = file.file.ok() && file.file.commit(file.problems);
  diagnostics.append(file.problems);
  return put_in_place;
}

}  // namespace procure::cli
