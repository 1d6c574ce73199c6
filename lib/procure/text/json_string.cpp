#include "procure/text/json_string.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "procure/core/byte_scan.hpp"
#include "procure/core/utf8.hpp"
#include "procure/text/acting_characters.hpp"

namespace procure {
namespace {

// The characters that act instead of showing that JSON itself lets stand
// in a string: all but the C0 controls, which it escapes.
bool acts_on_terminal(char32_t c) {
  return c >= 0x20 && acts_instead_of_showing(c);
}

// The first bytes of those characters' UTF-8 forms.
constexpr bool is_lead_byte(unsigned char c) {
  return c == 0x7F || may_start_acting_character(c);
}

// What a byte of a string asks of append_json_string, looked up once a byte.
enum class ByteKind : unsigned char { plain, escape, lead };

constexpr std::array<ByteKind, 256> make_byte_kinds() {
  std::array<ByteKind, 256> kinds{};
  for (unsigned c = 0; c < 256; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == '"' || byte == '\\')
      kinds[c] = ByteKind::escape;
    else if (is_lead_byte(byte))
      kinds[c] = ByteKind::lead;
  }
  return kinds;
}

constexpr auto byte_kinds = make_byte_kinds();

// Whether any of a word's eight bytes may be other than plain ASCII text of
// a JSON string: below 0x20, '"', '\\', DEL or 0x80 and above.
constexpr bool may_need_more(std::uint64_t word) {
  using namespace byte_scan;
  return (high(word) | below(word, 0x20) | equal(word, '"') | equal(word, '\\') |
          equal(word, 0x7F)) != 0;
}

// How many bytes from the start of `text` are plain for byte_kinds.
std::size_t plain_prefix(std::string_view text) {
  return byte_scan::first_found(
      text, 0, [](const char* bytes) { return may_need_more(byte_scan::word_at(bytes)); },
      [](unsigned char byte) { return byte_kinds[byte] != ByteKind::plain; });
}

}  // namespace

std::string inert_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size();) {
    char32_t c = 0;
    const std::size_t decoded = utf8::decode(json, i, c);
    // The writers emit valid UTF-8, so a byte that does not decode is unexpected: keep it.
    const std::size_t length = std::max<std::size_t>(1, decoded);
    if (decoded > 0 && acts_on_terminal(c)) {
      char escape[12];  // room for any code point, though these are all below U+FFFF
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
      out += escape;
    } else {
      out.append(json, i, length);
    }
    i += length;
  }
  return out;
}

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  // Most strings (keys, ids, reasons) need no escape: written with one
  // growth of `out`, where appending the quotes and the text apart cost
  // more than the bytes (a ranking's document holds two million strings).
  const std::size_t plain = plain_prefix(text);
  if (plain == text.size()) {
    out.resize(start + text.size() + 2);
    char* const at = out.data() + start;
    at[0] = '"';
    std::memcpy(at + 1, text.data(), text.size());
    at[text.size() + 1] = '"';
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the characters that need no escape
  // Whether a character that acts on a terminal may follow, found in the
  // same pass, not by a second search of every string written.
  bool lead_byte = false;
  for (std::size_t i = plain; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const ByteKind kind = byte_kinds[c];
    if (kind == ByteKind::plain)
      continue;
    if (kind == ByteKind::lead) {
      lead_byte = true;
      continue;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default: {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", c);
        out += escape;
      }
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
  if (lead_byte) {
    const std::string shown = inert_json(std::string_view(out).substr(start));
    out.resize(start);
    out += shown;
  }
}

}  // namespace procure
