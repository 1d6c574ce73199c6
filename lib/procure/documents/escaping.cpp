#include "procure/documents/escaping.hpp"

namespace procure {
namespace {

// Control characters other than tab and line ends mean nothing in a
// document, and HTML forbids them.
bool is_control(char c) {
  return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t') ||
         c == '\x7F';
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  std::string flat;
  flat.reserve(text.size());
  for (const char c : text) {
    if (!is_control(c))
      flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  const auto first = flat.find_first_not_of(' ');
  if (first == std::string::npos)
    return {};
  const auto last = flat.find_last_not_of(' ');
  const std::string_view value = std::string_view(flat).substr(first, last - first + 1);

  std::string out;
  out.reserve(value.size() + 8);
  // A value may land at the start of a line: keep it from starting a list,
  // a quote, a heading or a setext underline.
  std::size_t digits = 0;
  while (digits < value.size() && digits < 9 && value[digits] >= '0' && value[digits] <= '9')
    ++digits;
  std::size_t start = 0;
  if (digits > 0 && digits < value.size() && (value[digits] == '.' || value[digits] == ')') &&
      (digits + 1 == value.size() || value[digits + 1] == ' ')) {
    out.append(value.substr(0, digits));
    out += '\\';
    start = digits;
  } else if (value.front() == '-' || value.front() == '+' || value.front() == '=') {
    out += '\\';
  }
  static constexpr std::string_view special = "\\`*_[]<>|#&~";
  for (std::size_t i = start; i < value.size(); ++i) {
    if (special.find(value[i]) != std::string_view::npos)
      out += '\\';
    out += value[i];
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (!is_control(c))
          out += c;
    }
  }
  return out;
}

}  // namespace procure
