#include "procure/documents/html_page.hpp"

#include "procure/documents/escaping.hpp"

namespace procure {

std::string render_html_page(const HtmlPage& page) {
  // "</style" inside the stylesheet would end the element early: no "<"
  // stays raw. Valid CSS has one only inside a string, where the escape
  // "\3C " means the same.
  std::string css;
  css.reserve(page.stylesheet.size());
  for (const char c : page.stylesheet)
    css += c == '<' ? std::string_view("\\3C ") : std::string_view(&c, 1);
  std::string html;
  html.reserve(page.body.size() + css.size() + 512);
  html += "<!DOCTYPE html>\n<html lang=\"";
  html += lang_code(page.lang);
  html += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing runs and nothing is fetched: the page is all there is.
  html +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<meta name=\"generator\" content=\"" + html_escape(page.generator) + "\">\n";
  html += "<title>" + html_escape(page.title) + "</title>\n";
  html += "<style>\n" + css + "</style>\n</head>\n<body>\n<main>\n";
  html += page.body;
  html += "</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace procure
