#pragma once
// Writing a whole text to an open file: write(2) may write only part, or be
// interrupted by a signal, and neither is a failure to give up on.

#include <string_view>

namespace procure::cli {

// False when the file refused a byte (errno says why).
bool write_all(int fd, std::string_view content);

}  // namespace procure::cli
