#include "procure/documents/escaping.hpp"

#include <array>
#include <optional>

#include "procure/core/ascii.hpp"
#include "procure/core/byte_scan.hpp"
#include "procure/text/acting_characters.hpp"

namespace procure {
namespace {

// Characters that act instead of showing (acting_characters.hpp) mean
// nothing in a document, and HTML forbids the controls: the one at `i`
// other than a tab or line end, which a document leaves out (a line or
// paragraph separator becomes a line break). A bidirectional override would
// make a supplier's name read as something else.
std::optional<ActingCharacter> control_at(std::string_view text, std::size_t i) {
  const auto acting = acting_character_at(text, i);
  if (acting && (acting->code == '\n' || acting->code == '\r' || acting->code == '\t'))
    return std::nullopt;
  return acting;
}

// What follows an "&" that Markdown would read as a character reference:
// "amp;", "#39;", "#x27;".
bool starts_entity(std::string_view rest) {
  if (!rest.empty() && rest.front() == '#')
    rest.remove_prefix(1);
  std::size_t name = 0;
  while (name < rest.size() && name < 32 && is_ascii_alphanumeric(rest[name]))
    ++name;
  return name > 0 && name < rest.size() && rest[name] == ';';
}

// GFM readers turn bare URIs and "www." names into links; an escaped ":" or
// "." keeps them text. A ":" after a letter and before a non-space could end
// a scheme ("https:", "mailto:").
bool could_be_uri_scheme(std::string_view text, std::size_t colon) {
  return colon > 0 && is_ascii_letter(text[colon - 1]) && colon + 1 < text.size() &&
         text[colon + 1] != ' ';
}

bool ends_www(std::string_view before) {
  if (before.size() < 3)
    return false;
  for (const char c : before.substr(before.size() - 3)) {
    if (c != 'w' && c != 'W')
      return false;
  }
  return true;
}

bool is_email_local_part(char c) {
  return is_ascii_alphanumeric(c) || c == '.' || c == '+' || c == '-' || c == '_';
}
bool is_email_domain_part(char c) {
  return is_ascii_alphanumeric(c) || c == '-' || c == '_';
}

// Whether the "@" at `at` could join an e-mail address, as GFM's extension
// for bare addresses finds one: a local part before it, a domain of names
// and dots after it. Its reader (cmark-gfm, as GitHub runs it) joins the
// text around escapes and entities before it looks, so only markup between
// the "@" and the domain keeps the address text: address_breaker, an empty
// HTML comment, which GFM pages and procure's own HTML leave out.
bool could_be_email_at(std::string_view text, std::size_t at) {
  if (at == 0 || !is_email_local_part(text[at - 1]))
    return false;
  std::size_t i = at + 1;
  while (i < text.size() && is_email_domain_part(text[i]))
    ++i;
  return i > at + 1 && i + 1 < text.size() && text[i] == '.' && is_email_domain_part(text[i + 1]);
}

// Which bytes markdown_escape looks at: Markdown's punctuation always takes
// a backslash; "&", ":" and "." only before an entity, after a URI scheme
// or after "www", and "@" is followed by address_breaker where it could
// join an e-mail address; control characters and line ends are dropped or
// flattened.
enum class ByteRole : unsigned char { plain, punctuation, in_context, control };

constexpr std::array<ByteRole, 256> byte_roles = [] {
  std::array<ByteRole, 256> roles{};
  for (const char c : std::string_view("\\`*_[]<>|#~"))
    roles[static_cast<unsigned char>(c)] = ByteRole::punctuation;
  for (const char c : std::string_view("&:.@"))
    roles[static_cast<unsigned char>(c)] = ByteRole::in_context;
  for (std::size_t byte = 0; byte < 0x20; ++byte)
    roles[byte] = ByteRole::control;
  roles[0x7F] = ByteRole::control;
  for (unsigned byte = 0x80; byte < 0x100; ++byte) {
    if (may_start_acting_character(static_cast<unsigned char>(byte)))
      roles[byte] = ByteRole::control;
  }
  return roles;
}();

// Whether the byte at `i` of a flat, trimmed value takes a backslash.
bool takes_backslash(std::string_view value, std::size_t i) {
  switch (byte_roles[static_cast<unsigned char>(value[i])]) {
    case ByteRole::punctuation:
      return true;
    case ByteRole::in_context:
      return (value[i] == '&' && starts_entity(value.substr(i + 1))) ||
             (value[i] == ':' && could_be_uri_scheme(value, i)) ||
             (value[i] == '.' && ends_www(value.substr(0, i)));
    case ByteRole::plain:
    case ByteRole::control:
      break;
  }
  return false;
}

// Text that markdown_escape leaves as it is, found in one pass: most values
// in a report (numbers, dates, names) need no escape.
bool needs_no_escape(std::string_view text, ValuePlace place) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ')
    return false;
  if (place == ValuePlace::block_start) {
    const char first = text.front();
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '=')
      return false;
  }
  // Plain bytes skipped eight a step (a report escapes some 15 MB of
  // reasons and names); each other byte looked at.
  static_assert(static_cast<unsigned>(ByteRole::plain) == 0);
  for (std::size_t i = byte_scan::first_marked(text, 0, byte_roles); i < text.size();
       i = byte_scan::first_marked(text, i + 1, byte_roles)) {
    // A 0xC2 starts a no-break space in every amount and share shown, a
    // 0xE2 a dash or a quotation mark in many a text, and an acting
    // character rarely.
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte_roles[byte] == ByteRole::control) {
      if (!may_start_acting_character(byte) || control_at(text, i))
        return false;
    } else if (takes_backslash(text, i) || (text[i] == '@' && could_be_email_at(text, i))) {
      return false;
    }
  }
  return true;
}

}  // namespace

void append_markdown_escaped(std::string& out, std::string_view text, ValuePlace place) {
  if (needs_no_escape(text, place)) {
    out += text;
    return;
  }
  std::string flat;
  flat.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (const auto control = control_at(text, i)) {
      if (is_line_separator(control->code))
        flat += ' ';
      i += control->size - 1;
      continue;
    }
    const char c = text[i];
    flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  const auto first = flat.find_first_not_of(' ');
  if (first == std::string::npos)
    return;
  const auto last = flat.find_last_not_of(' ');
  const std::string_view value = std::string_view(flat).substr(first, last - first + 1);

  std::size_t start = 0;
  if (place == ValuePlace::block_start) {
    // Keep the value from starting a list, a heading or a setext underline
    // ("#" and ">" are escaped everywhere).
    std::size_t digits = 0;
    while (digits < value.size() && digits < 9 && value[digits] >= '0' && value[digits] <= '9')
      ++digits;
    if (digits > 0 && digits < value.size() && (value[digits] == '.' || value[digits] == ')') &&
        (digits + 1 == value.size() || value[digits + 1] == ' ')) {
      out.append(value.substr(0, digits));
      out += '\\';
      start = digits;
    } else if (value.front() == '-' || value.front() == '+' || value.front() == '=') {
      out += '\\';
    }
  }
  for (std::size_t i = start; i < value.size(); ++i) {
    if (takes_backslash(value, i))
      out += '\\';
    out += value[i];
    if (value[i] == '@' && could_be_email_at(value, i))
      out += address_breaker;
  }
}

std::string markdown_escape(std::string_view text, ValuePlace place) {
  std::string out;
  append_markdown_escaped(out, text, place);
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (const auto control = control_at(text, i)) {
      if (is_line_separator(control->code))
        out += '\n';
      i += control->size - 1;
      continue;
    }
    const char c = text[i];
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
        out += c;
    }
  }
  return out;
}

}  // namespace procure
