#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "procure/text/json_string.hpp"

namespace {

// The string literal as JSON requires it, a byte at a time, then made inert:
// what append_json_string must write, however it finds the bytes to escape.
std::string literal_byte_by_byte(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\b') {
      out += "\\b";
    } else if (c == '\f') {
      out += "\\f";
    } else if (byte < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", byte);
      out += escape;
    } else {
      out += c;
    }
  }
  out += '"';
  return procure::inert_json(out);
}

}  // namespace

TEST_CASE("json strings: every byte that needs an escape is found wherever it stands") {
  // Each kind of byte (escaped, made inert, or plain) at every place of
  // texts of up to 20 bytes, in appends to a string that holds text already.
  const std::vector<std::string> specials = {
      "\"",       "\\",           "\n",           "\x01",     "\x1f", "\x7f", "\xc2\x85",
      "\xc3\xa6", "\xe2\x80\xae", "\xe2\x80\x99", "\xd8\x9c", " ",    "~"};
  int checked = 0;
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const auto& special : specials) {
        std::string text(length, 'a');
        text.insert(at, special);
        std::string written = "x";  // appended to what the string already holds
        procure::append_json_string(written, text);
        CHECK_MESSAGE(written == "x" + literal_byte_by_byte(text), text);
        ++checked;
      }
    }
  }
  CHECK(checked == 231 * 13);
  // Escapes side by side, and at both ends.
  std::string both(16, 'b');
  both[7] = '"';
  both[8] = '\x1b';
  both[0] = '\\';
  both[15] = '\t';
  std::string written;
  procure::append_json_string(written, both);
  CHECK(written == literal_byte_by_byte(both));
  CHECK(written == "\"\\\\bbbbbb\\\"\\u001bbbbbbb\\t\"");
}

TEST_CASE("json strings: every byte value is written as a byte at a time would write it") {
  // Each of the 256 byte values at every place of texts of up to 20 bytes of
  // plain ASCII: the control characters' and DEL's edges, '"' and '\\' among
  // their neighbours, lone continuation and lead bytes.
  int checked = 0;
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (int value = 0; value < 256; ++value) {
        std::string text(length, 'a');
        text.insert(at, 1, static_cast<char>(value));
        std::string written;
        procure::append_json_string(written, text);
        if (written != literal_byte_by_byte(text)) {
          CHECK_MESSAGE(false, "byte ", value, " at ", at, " of ", length + 1);
          return;
        }
        ++checked;
      }
    }
  }
  CHECK(checked == 231 * 256);
}
