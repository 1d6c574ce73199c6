#include "procure/core/windows_1252.hpp"

#include <array>

#include "procure/core/utf8.hpp"

namespace procure {
namespace {

// 0x80 to 0x9F, where Windows-1252 differs from Latin-1; 0 where undefined.
constexpr std::array<char32_t, 32> high_controls{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::optional<std::string> windows_1252_to_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out.push_back(c);
      continue;
    }
    const char32_t code_point = byte < 0xA0 ? high_controls[byte - 0x80] : char32_t{byte};
    if (code_point == 0)
      return std::nullopt;
    utf8::append(out, code_point);
  }
  return out;
}

}  // namespace procure
