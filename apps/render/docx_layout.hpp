#pragma once
// What procure changes in the DOCX that pandoc writes, so that it can be
// sent as it is: every table's columns sized to their content (no word or
// amount split across lines, rows kept whole, the header row repeated on
// each page), and, unless the user's own reference document sets the page,
// A4 with margins, the buyer and case reference in the header and "page X
// of Y" in the footer. The text put in comes from the case and the catalog,
// and always goes in as text (escaped), never as markup or a field.

#include <optional>
#include <string>
#include <string_view>

namespace procure::cli {

struct DocxPageText {
  std::string header;        // the buyer and case reference
  std::string page_before;   // "Side " in "Side {page} av {pages}"
  std::string page_between;  // " av "
  std::string page_after;    // what follows the page count
};

struct DocxLayout {
  // Set when procure lays out the page; unset when a reference document does.
  std::optional<DocxPageText> page;
};

// The DOCX with the layout applied, or nullopt with what went wrong in
// `error` (a part missing or too large, XML that does not parse).
std::optional<std::string> lay_out_docx(std::string_view docx, const DocxLayout& layout,
                                        std::string& error);

// Whether a file's bytes are a DOCX pandoc can take as reference document
// (a zip with word/document.xml and word/styles.xml).
bool is_docx(std::string_view bytes);

}  // namespace procure::cli
