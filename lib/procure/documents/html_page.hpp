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
  std::string generator;   // "procure 0.1.0"
};

// What stands before the body and after it: a report's body, tens of
// megabytes, is written between them a part at a time.
std::string html_page_start(const HtmlPage& page);
inline constexpr std::string_view html_page_end = "</main>\n</body>\n</html>\n";

}  // namespace procure
