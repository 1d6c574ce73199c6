#pragma once
// SHA-256 digests (OpenSSL libcrypto), for sealing files: a digest recorded
// at one time shows any later change to the file, down to one byte.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace procure {

// The digest of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

// The digest of a file's bytes; nullopt if it cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& path);

// True for 64 hex digits (either case).
bool is_sha256_hex(std::string_view text);

}  // namespace procure
