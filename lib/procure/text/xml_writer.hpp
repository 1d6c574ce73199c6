#pragma once
// Writing an XML document element by element, indented with tabs. Every
// text and attribute value is escaped here, so text from a case or a
// supplier is always character data, never markup.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace procure {

using XmlAttributes = std::vector<std::pair<std::string_view, std::string>>;

// `text` as XML character data: & < > " ' become entities; the characters
// that act instead of showing (acting_characters.hpp: the C0 controls XML
// 1.0 forbids but tab, newline and carriage return, DEL, the C1 controls,
// bidirectional marks and overrides, line separators) become U+FFFD.
std::string xml_escaped(std::string_view text);

class XmlWriter {
 public:
  XmlWriter();  // starts with the XML declaration

  void open(std::string_view name, const XmlAttributes& attributes = {});
  void close();
  // An element holding only text.
  void leaf(std::string_view name, std::string_view text, const XmlAttributes& attributes = {});
  // The document, with every element still open closed.
  std::string finish();

 private:
  void start_tag(std::string_view name, const XmlAttributes& attributes);
  std::string out_;
  std::vector<std::string> open_;
};

}  // namespace procure
