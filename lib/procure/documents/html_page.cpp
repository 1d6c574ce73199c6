#include "procure/documents/html_page.hpp"

#include "procure/documents/escaping.hpp"

namespace procure {

std::string html_page_start(const HtmlPage& page) {
  // "</style" inside the stylesheet would end the element early: no "<"
  // stays raw. Valid CSS has one only inside a string, where the escape
  // "\3C " means the same.
  std::string css;
  css.reserve(page.stylesheet.size());
  for (const char c : page.stylesheet)
    css += c == '<' ? std::string_view("\\3C ") : std::string_view(&c, 1);
  std::string head;
  head += "<!DOCTYPE html>\n<html lang=\"";
  head += lang_code(page.lang);
  head += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing runs and nothing is fetched: the page is all there is.
  head +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  head += "<meta name=\"generator\" content=\"" + html_escape(page.generator) + "\">\n";
  head += "<title>" + html_escape(page.title) + "</title>\n";
  head += "<style>\n" + css + "</style>\n</head>\n<body>\n<main>\n";
  return head;
}

}  // namespace procure
