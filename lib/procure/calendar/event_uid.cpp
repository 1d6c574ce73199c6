#include "procure/calendar/event_uid.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <stdexcept>

namespace procure {
namespace {

std::string sha256_hex_prefix(std::string_view text, std::size_t hex_digits) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed in OpenSSL");
  std::string hex;
  for (unsigned int i = 0; i < length && hex.size() < hex_digits; ++i) {
    char pair[3];
    std::snprintf(pair, sizeof pair, "%02x", digest[i]);
    hex += pair;
  }
  return hex.substr(0, hex_digits);
}

}  // namespace

std::string event_uid(std::string_view case_identity, std::string_view item) {
  std::string readable;
  for (const char c : item) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    readable += keep ? c : '-';
  }
  return readable + "-" + sha256_hex_prefix(case_identity, 16) + "@procure";
}

}  // namespace procure
