#include "procure/core/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace procure {
namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

std::string to_hex(const unsigned char* bytes, unsigned length) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2u);
  for (unsigned i = 0; i < length; ++i) {
    out += digits[bytes[i] >> 4u];
    out += digits[bytes[i] & 0x0Fu];
  }
  return out;
}

// OpenSSL failing to hash is a broken installation, not bad input: a bug to report.
void require(int ok) {
  if (ok != 1)
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
}

}  // namespace

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned length = 0;
  require(EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr));
  return to_hex(digest.data(), length);
}

std::optional<std::string> sha256_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!context)
    throw std::runtime_error("OpenSSL could not allocate a digest context");
  require(EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr));
  std::array<char, 1 << 16> buffer{};
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = in.gcount();
    if (got > 0)
      require(EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(got)));
  }
  if (in.bad())
    return std::nullopt;
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned length = 0;
  require(EVP_DigestFinal_ex(context.get(), digest.data(), &length));
  return to_hex(digest.data(), length);
}

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 64)
    return false;
  for (const char c : text) {
    const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (!hex)
      return false;
  }
  return true;
}

}  // namespace procure
