#pragma once
// Why a system call failed, in the reader's language. A diagnostic carries
// the errno's name ("EACCES") in its argument {system_reason}; the catalog
// shows its entry "reason.EACCES" there (MessageCatalog::text), and JSON
// keeps the name for scripts. The C library's own text (strerror) would be
// English whatever language was asked for.

#include <string>
#include <string_view>
#include <utility>

namespace procure {

inline constexpr std::string_view system_reason_name = "system_reason";

// The argument {system_reason} for `errnum`: the errno's name ("ENOSPC"),
// or its number where the C library knows no name for it.
std::pair<std::string, std::string> system_reason_arg(int errnum);

// The catalog entry that words a {system_reason} value, and the one for a
// value the catalog has no words for.
std::string system_reason_code(std::string_view reason);
inline constexpr std::string_view other_system_reason_code = "reason.other";

}  // namespace procure
