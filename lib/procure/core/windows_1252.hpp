#pragma once
// Windows-1252, the code page Norwegian Excel saves "CSV" in: decoded to
// UTF-8, so that a table saved that way reads as the same table.

#include <optional>
#include <string>
#include <string_view>

namespace procure {

// The text as UTF-8; nullopt when it holds a byte Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): then it is no such text.
std::optional<std::string> windows_1252_to_utf8(std::string_view text);

}  // namespace procure
