#include "procure/text/xml_writer.hpp"

#include "procure/text/acting_characters.hpp"

namespace procure {

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
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
        out += "&apos;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        // XML forbids most controls; no character that acts instead of
        // showing (a bidirectional override in a winner's name) reaches
        // a published notice: each is a replacement character, seen.
        if (const auto acting = acting_character_at(text, i)) {
          out += "\xEF\xBF\xBD";
          i += acting->size - 1;
        } else {
          out += c;
        }
    }
  }
  return out;
}

XmlWriter::XmlWriter() {
  out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
}

void XmlWriter::start_tag(std::string_view name, const XmlAttributes& attributes) {
  out_.append(open_.size(), '\t');
  out_ += '<';
  out_ += name;
  for (const auto& [key, value] : attributes) {
    out_ += ' ';
    out_ += key;
    out_ += "=\"";
    out_ += xml_escaped(value);
    out_ += '"';
  }
  out_ += '>';
}

void XmlWriter::open(std::string_view name, const XmlAttributes& attributes) {
  start_tag(name, attributes);
  out_ += '\n';
  open_.emplace_back(name);
}

void XmlWriter::close() {
  out_.append(open_.size() - 1, '\t');
  out_ += "</" + open_.back() + ">\n";
  open_.pop_back();
}

void XmlWriter::leaf(std::string_view name, std::string_view text,
                     const XmlAttributes& attributes) {
  start_tag(name, attributes);
  out_ += xml_escaped(text);
  out_ += "</";
  out_ += name;
  out_ += ">\n";
}

std::string XmlWriter::finish() {
  while (!open_.empty())
    close();
  return std::move(out_);
}

}  // namespace procure
