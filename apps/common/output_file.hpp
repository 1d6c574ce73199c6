#pragma once
// Writing an output file so that it is never half-written and never
// clobbers what it should not: the content goes to a temporary file in the
// same folder, which is renamed over the target only when complete.

#include <filesystem>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"

namespace procure::cli {

struct WriteRules {
  bool force = false;                         // replace an existing output
  std::vector<std::filesystem::path> inputs;  // never replaced, even with force
};

// Returns false and adds a diagnostic when the file was not written.
bool write_file_atomically(const std::filesystem::path& target, std::string_view content,
                           const WriteRules& rules, Diagnostics& diagnostics);

}  // namespace procure::cli
