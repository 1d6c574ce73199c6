#pragma once
// A complete, self-contained HTML page around a document's body: the
// language, the title and the stylesheet (A4 for print) are inside it, so the
// file opens, prints and archives on its own. Its Content-Security-Policy
// allows inline styles and nothing else: no scripts, no fetches. A
// stylesheet cannot end its element early: no "<" in it stays raw.

#include <string>
#include <string_view>

#include "procure/core/lang.hpp"

namespace procure {

struct HtmlPage {
  std::string title;  // plain text
  Lang lang = Lang::nb;
  std::string stylesheet;  // CSS
  std::string body;        // HTML
  std::string generator;   // "procure 0.1.0"
};

// The page is made around the body where it stands: a report's body is
// tens of megabytes.
std::string render_html_page(HtmlPage page);

}  // namespace procure
