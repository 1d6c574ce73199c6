#pragma once
// JSON string literals that cannot act on a terminal or a reader's screen:
// every JSON writer of the toolkit (the tools' documents, the open-data
// exports) quotes text through here, so a supplier's name holding an escape
// sequence or a bidirectional override stays inert wherever it is shown.

#include <string>
#include <string_view>

namespace procure {

// Appends `text` as a JSON string literal, quotes included: the C0 controls,
// the quote and the backslash escaped as JSON requires, and the characters
// inert_json names written as \u escapes.
void append_json_string(std::string& out, std::string_view text);

// JSON text with the characters that act on a terminal instead of showing
// (DEL, the C1 controls, bidirectional marks, embeddings, overrides and
// isolates, the line and paragraph separators) written as \u escapes. Such
// characters occur only inside strings, so the document means the same.
std::string inert_json(std::string_view json);

}  // namespace procure
