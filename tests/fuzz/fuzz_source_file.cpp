// Fuzz target for reading a text into a SourceFile in parts at once (a
// TaskRunner splits a large file: its NULs, UTF-8 and line starts are found
// part by part). Split into as many parts as widths of 2 to 64 allow, with
// the parts run in order and last first, it must give what one pass gives:
// the same text and lines, or the same problems at the same places.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "procure/core/source_file.hpp"

namespace {

using procure::fuzz::expect;

// What reading gives, in full: the text and each line, or each problem with its place.
std::string outcome(const std::optional<procure::SourceFile>& file,
                    const procure::Diagnostics& diagnostics) {
  std::string shown;
  if (file) {
    shown = "text " + std::to_string(file->text().size()) + ":" + file->text();
    for (int line = 1; line <= file->line_count(); ++line)
      shown += "\nline " + std::to_string(line) + ":" + std::string(file->line(line));
  }
  for (const auto& d : diagnostics.items()) {
    shown += "\n" + d.code;
    for (const auto& [name, value] : d.args)
      shown += " " + name + "=" + value;
    if (d.where)
      shown += " at " + std::to_string(d.where->line) + ":" + std::to_string(d.where->column) +
               " " + d.where->line_text;
  }
  return shown;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  procure::Diagnostics once_problems;
  const auto once = procure::make_source_file("fuzz.txt", input, once_problems);
  const std::string expected = outcome(once, once_problems);
  for (const unsigned width : {2u, 3u, 7u, 64u}) {
    for (const bool last_first : {false, true}) {
      procure::TaskRunner runner{width, 1, [last_first](std::span<const procure::Task> tasks) {
                                   if (last_first) {
                                     for (auto it = tasks.rbegin(); it != tasks.rend(); ++it)
                                       (*it)();
                                   } else {
                                     for (const auto& task : tasks)
                                       task();
                                   }
                                 }};
      procure::Diagnostics problems;
      const auto in_parts = procure::make_source_file("fuzz.txt", input, problems, {}, runner);
      expect(outcome(in_parts, problems) == expected,
             "a text read in parts gives what one pass gives");
    }
  }
  return 0;
}
