#include "docx_layout.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <list>
#include <memory>
#include <numeric>
#include <vector>

#include "procure/core/utf8.hpp"
#include "procure/text/xml_writer.hpp"

namespace procure::cli {
namespace {

constexpr const char* word_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* relationships_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// A part larger than this is not read: pandoc's parts for any case are far smaller.
constexpr zip_uint64_t largest_part = 64u << 20;

// Lengths in twentieths of a point (twips), as WordprocessingML counts them.
constexpr int a4_width = 11906;
constexpr int a4_height = 16838;
constexpr int side_margin = 1418;    // 2.5 cm
constexpr int top_margin = 1701;     // 3 cm, with the header above the text
constexpr int bottom_margin = 1418;  // 2.5 cm, with the footer below it
constexpr int header_distance = 709;
// Estimated widths of a character of 12-point text (pandoc's default body
// text): generous for the longest word, which must not be split, and average
// for the rest, which may wrap. On procure's own page tables are set in 10
// points, so that a table of tenders fits the width.
constexpr int word_char_width = 130;
constexpr int text_char_width = 110;
constexpr int body_text_size = 24;  // half-points
constexpr int table_text_size = 20;
constexpr int cell_padding = 2 * 108 + 40;  // Word's default cell margins, and some air

// An archive in memory, changed in place and written back as bytes.
class ZipInMemory {
 public:
  explicit ZipInMemory(std::string_view bytes) : bytes_(bytes) {
    zip_error_t error;
    zip_error_init(&error);
    source_ = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    if (source_ != nullptr) {
      zip_source_keep(source_);
      archive_ = zip_open_from_source(source_, ZIP_CHECKCONS, &error);
      if (archive_ == nullptr)
        zip_source_free(source_);  // the archive's reference, which it did not take
    }
    zip_error_fini(&error);
  }
  ~ZipInMemory() {
    if (archive_ != nullptr)
      zip_discard(archive_);
    if (source_ != nullptr)
      zip_source_free(source_);
  }
  ZipInMemory(const ZipInMemory&) = delete;
  ZipInMemory& operator=(const ZipInMemory&) = delete;

  bool ok() const { return archive_ != nullptr; }
  bool has(const char* name) const { return zip_name_locate(archive_, name, 0) >= 0; }

  std::optional<std::string> read(const char* name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive_, name, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        stat.size > largest_part)
      return std::nullopt;
    zip_file_t* file = zip_fopen(archive_, name, 0);
    if (file == nullptr)
      return std::nullopt;
    std::string content(stat.size, '\0');
    const zip_int64_t got = zip_fread(file, content.data(), stat.size);
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
      return std::nullopt;
    return content;
  }

  bool write(const char* name, std::string content) {
    const std::string& kept = written_.emplace_back(std::move(content));
    zip_source_t* part = zip_source_buffer(archive_, kept.data(), kept.size(), 0);
    if (part == nullptr)
      return false;
    if (zip_file_add(archive_, name, part, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(part);
      return false;
    }
    return true;
  }

  // Writes the archive with its changes; it cannot be used after.
  std::optional<std::string> finish() {
    const int closed = zip_close(archive_);
    if (closed != 0)
      return std::nullopt;
    archive_ = nullptr;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source_, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        zip_source_open(source_) != 0)
      return std::nullopt;
    std::string out(stat.size, '\0');
    const zip_int64_t got = zip_source_read(source_, out.data(), stat.size);
    zip_source_close(source_);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
      return std::nullopt;
    return out;
  }

 private:
  std::string bytes_;
  zip_source_t* source_ = nullptr;
  zip_t* archive_ = nullptr;
  std::list<std::string> written_;  // zip_source_buffer reads them at zip_close
};

const xmlChar* xml(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

using XmlDocument = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

XmlDocument parse_xml(const std::string& text) {
  // No network, no entity expansion (libxml2's default): the XML is pandoc's.
  return {
      xmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8", XML_PARSE_NONET),
      xmlFreeDoc};
}

std::string serialise(xmlDoc* document) {
  xmlChar* memory = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8");
  std::string out(reinterpret_cast<const char*>(memory), static_cast<std::size_t>(size));
  xmlFree(memory);
  return out;
}

bool is_word(const xmlNode* node, const char* name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         xmlStrEqual(node->ns->href, xml(word_ns)) && xmlStrEqual(node->name, xml(name));
}

std::vector<xmlNode*> word_children(xmlNode* parent, const char* name) {
  std::vector<xmlNode*> found;
  for (xmlNode* child = parent->children; child != nullptr; child = child->next)
    if (is_word(child, name))
      found.push_back(child);
  return found;
}

xmlNode* word_child(xmlNode* parent, const char* name) {
  for (xmlNode* child = parent->children; child != nullptr; child = child->next)
    if (is_word(child, name))
      return child;
  return nullptr;
}

void set_word_attribute(xmlNode* node, xmlNs* ns, const char* name, const std::string& value) {
  xmlSetNsProp(node, ns, xml(name), xml(value.c_str()));
}

// A new element `name`, placed before `before` (or last when it is null).
xmlNode* insert_word_element(xmlNode* parent, xmlNs* ns, const char* name, xmlNode* before) {
  xmlNode* node = xmlNewNode(ns, xml(name));
  if (before != nullptr)
    xmlAddPrevSibling(before, node);
  else
    xmlAddChild(parent, node);
  return node;
}

// Characters (not bytes) of UTF-8 text.
int char_count(std::string_view text) {
  return static_cast<int>(
      std::count_if(text.begin(), text.end(), [](char c) { return !utf8::is_continuation(c); }));
}

struct TextExtent {
  int longest_word = 0;  // characters that must stay on one line
  int longest_line = 0;  // characters of the longest paragraph unwrapped
};

void gather_text(xmlNode* node, std::string& text) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_word(child, "t")) {
      xmlChar* content = xmlNodeGetContent(child);
      if (content != nullptr) {
        text += reinterpret_cast<const char*>(content);
        xmlFree(content);
      }
    } else if (is_word(child, "tab") || is_word(child, "br")) {
      text += ' ';
    } else if (child->type == XML_ELEMENT_NODE) {
      gather_text(child, text);
    }
  }
}

// Only a plain space, tab or line break ends a word: no-break spaces (U+00A0,
// U+202F) hold an amount or a date together, as they do in the text.
TextExtent cell_extent(xmlNode* cell) {
  TextExtent extent;
  for (xmlNode* paragraph : word_children(cell, "p")) {
    std::string text;
    gather_text(paragraph, text);
    extent.longest_line = std::max(extent.longest_line, char_count(text));
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = std::min(text.find_first_of(" \t\n", start), text.size());
      extent.longest_word = std::max(extent.longest_word,
                                     char_count(std::string_view(text).substr(start, end - start)));
      start = end + 1;
    }
  }
  return extent;
}

// The column widths, much as a browser lays out an automatic table: every
// column at least as wide as its longest word; the rest of the width shared
// in proportion to what each column needs to keep its lines whole.
std::vector<int> column_widths(const std::vector<TextExtent>& columns, int available,
                               int text_size) {
  std::vector<int> least;
  std::vector<int> most;
  for (const auto& column : columns) {
    least.push_back(column.longest_word * word_char_width * text_size / body_text_size +
                    cell_padding);
    most.push_back(std::max(
        least.back(),
        column.longest_line * text_char_width * text_size / body_text_size + cell_padding));
  }
  long least_sum = std::accumulate(least.begin(), least.end(), 0L);
  const long most_sum = std::accumulate(most.begin(), most.end(), 0L);
  std::vector<int> widths(columns.size());
  if (least_sum >= available) {
    // Even the words do not fit: shrink all alike (only a very wide table).
    for (std::size_t i = 0; i < widths.size(); ++i)
      widths[i] = static_cast<int>(least[i] * static_cast<long>(available) / least_sum);
  } else if (most_sum <= available) {
    // Nothing wraps: the spare width goes to the columns in proportion.
    for (std::size_t i = 0; i < widths.size(); ++i)
      widths[i] = static_cast<int>(most[i] * static_cast<long>(available) / most_sum);
  } else {
    // A narrow column (a name, a date, a score) stays on one line when the
    // others still get their longest words: the wide text wraps instead.
    long narrow_extra = 0;
    for (std::size_t i = 0; i < widths.size(); ++i)
      if (most[i] <= available / 4)
        narrow_extra += most[i] - least[i];
    if (least_sum + narrow_extra <= available) {
      for (std::size_t i = 0; i < widths.size(); ++i)
        if (most[i] <= available / 4)
          least[i] = most[i];
      least_sum += narrow_extra;
    }
    const long spare = available - least_sum;
    for (std::size_t i = 0; i < widths.size(); ++i)
      widths[i] =
          least[i] + static_cast<int>((most[i] - least[i]) * spare / (most_sum - least_sum));
  }
  return widths;
}

int twips_attribute(xmlNode* node, const char* name, int fallback) {
  if (node == nullptr)
    return fallback;
  xmlChar* value = xmlGetNsProp(node, xml(name), xml(word_ns));
  if (value == nullptr)
    return fallback;
  const int number = std::atoi(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return number > 0 ? number : fallback;
}

// The width between the margins, as the document's section sets it (Word's
// US Letter default when it sets nothing).
int text_width(xmlNode* section) {
  xmlNode* size = section != nullptr ? word_child(section, "pgSz") : nullptr;
  xmlNode* margins = section != nullptr ? word_child(section, "pgMar") : nullptr;
  const int width = twips_attribute(size, "w", 12240) - twips_attribute(margins, "left", 1440) -
                    twips_attribute(margins, "right", 1440);
  return std::max(width, 1440);
}

// Sets every run of a table in `size` half-points; the size goes where the
// schema's order puts it, before the run properties that follow it.
void set_text_size(xmlNode* node, xmlNs* ns, int size) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_word(child, "r")) {
      if (child->type == XML_ELEMENT_NODE)
        set_text_size(child, ns, size);
      continue;
    }
    xmlNode* properties = word_child(child, "rPr");
    if (properties == nullptr)
      properties = insert_word_element(child, ns, "rPr", child->children);
    for (const char* name : {"sz", "szCs"}) {
      if (xmlNode* old = word_child(properties, name); old != nullptr) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
      }
    }
    xmlNode* before = nullptr;
    for (xmlNode* p = properties->children; p != nullptr && before == nullptr; p = p->next)
      for (const char* later :
           {"highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
            "lang", "eastAsianLayout", "specVanish", "oMath"})
        if (is_word(p, later))
          before = p;
    set_word_attribute(insert_word_element(properties, ns, "sz", before), ns, "val",
                       std::to_string(size));
    set_word_attribute(insert_word_element(properties, ns, "szCs", before), ns, "val",
                       std::to_string(size));
  }
}

void lay_out_table(xmlNode* table, xmlNs* ns, int available, bool own_page) {
  const auto rows = word_children(table, "tr");
  std::vector<TextExtent> columns;
  for (xmlNode* row : rows) {
    const auto cells = word_children(row, "tc");
    if (cells.size() > columns.size())
      columns.resize(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const TextExtent extent = cell_extent(cells[i]);
      columns[i].longest_word = std::max(columns[i].longest_word, extent.longest_word);
      columns[i].longest_line = std::max(columns[i].longest_line, extent.longest_line);
    }
  }
  if (columns.empty())
    return;
  if (own_page)
    set_text_size(table, ns, table_text_size);
  const auto widths =
      column_widths(columns, available, own_page ? table_text_size : body_text_size);
  const int total = std::accumulate(widths.begin(), widths.end(), 0);

  xmlNode* properties = word_child(table, "tblPr");
  if (properties == nullptr)
    properties = insert_word_element(table, ns, "tblPr", table->children);
  xmlNode* table_width = word_child(properties, "tblW");
  if (table_width == nullptr) {
    // tblW comes before jc, borders, layout and look in the schema's order.
    xmlNode* after_style = word_child(properties, "tblStyle");
    table_width = insert_word_element(
        properties, ns, "tblW", after_style != nullptr ? after_style->next : properties->children);
  }
  set_word_attribute(table_width, ns, "type", "dxa");
  set_word_attribute(table_width, ns, "w", std::to_string(total));
  // Fixed layout: Word and LibreOffice both keep the widths given here.
  xmlNode* layout = word_child(properties, "tblLayout");
  if (layout == nullptr) {
    xmlNode* before = nullptr;
    for (const char* later : {"tblCellMar", "tblLook", "tblCaption", "tblDescription"})
      if (before == nullptr)
        before = word_child(properties, later);
    layout = insert_word_element(properties, ns, "tblLayout", before);
  }
  set_word_attribute(layout, ns, "type", "fixed");

  xmlNode* grid = word_child(table, "tblGrid");
  if (grid != nullptr) {
    xmlUnlinkNode(grid);
    xmlFreeNode(grid);
  }
  grid = insert_word_element(table, ns, "tblGrid", properties->next);
  for (const int width : widths)
    set_word_attribute(xmlNewChild(grid, ns, xml("gridCol"), nullptr), ns, "w",
                       std::to_string(width));

  for (xmlNode* row : rows) {
    // A row stays on one page; pandoc marks the header row to repeat.
    xmlNode* row_properties = word_child(row, "trPr");
    if (row_properties == nullptr)
      row_properties = insert_word_element(row, ns, "trPr", word_child(row, "tc"));
    if (word_child(row_properties, "cantSplit") == nullptr)
      insert_word_element(row_properties, ns, "cantSplit", row_properties->children);
    const auto cells = word_children(row, "tc");
    for (std::size_t i = 0; i < cells.size(); ++i) {
      xmlNode* cell_properties = word_child(cells[i], "tcPr");
      if (cell_properties == nullptr)
        cell_properties = insert_word_element(cells[i], ns, "tcPr", cells[i]->children);
      xmlNode* cell_width = word_child(cell_properties, "tcW");
      if (cell_width == nullptr)
        cell_width = insert_word_element(cell_properties, ns, "tcW", cell_properties->children);
      set_word_attribute(cell_width, ns, "type", "dxa");
      set_word_attribute(cell_width, ns, "w", std::to_string(widths[i]));
    }
  }
}

// Every table of the body, tables in a table's cells left as pandoc made them.
void lay_out_tables(xmlNode* node, xmlNs* ns, int available, bool own_page) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_word(child, "tbl"))
      lay_out_table(child, ns, available, own_page);
    else if (child->type == XML_ELEMENT_NODE)
      lay_out_tables(child, ns, available, own_page);
  }
}

void set_page(xmlNode* body, xmlNs* ns, xmlNs* relationships) {
  xmlNode* section = nullptr;
  for (xmlNode* child = body->last; child != nullptr && section == nullptr; child = child->prev)
    if (is_word(child, "sectPr"))
      section = child;
  if (section != nullptr) {
    xmlUnlinkNode(section);
    xmlFreeNode(section);
  }
  section = xmlNewChild(body, ns, xml("sectPr"), nullptr);
  for (const auto& [kind, id] : {std::pair{"headerReference", "rIdProcureHeader"},
                                 std::pair{"footerReference", "rIdProcureFooter"}}) {
    xmlNode* reference = xmlNewChild(section, ns, xml(kind), nullptr);
    set_word_attribute(reference, ns, "type", "default");
    xmlSetNsProp(reference, relationships, xml("id"), xml(id));
  }
  xmlNode* size = xmlNewChild(section, ns, xml("pgSz"), nullptr);
  set_word_attribute(size, ns, "w", std::to_string(a4_width));
  set_word_attribute(size, ns, "h", std::to_string(a4_height));
  xmlNode* margins = xmlNewChild(section, ns, xml("pgMar"), nullptr);
  for (const auto& [side, twips] :
       {std::pair{"top", top_margin}, std::pair{"right", side_margin},
        std::pair{"bottom", bottom_margin}, std::pair{"left", side_margin},
        std::pair{"header", header_distance}, std::pair{"footer", header_distance},
        std::pair{"gutter", 0}})
    set_word_attribute(margins, ns, side, std::to_string(twips));
}

std::string small_run(std::string_view text) {
  return text.empty() ? std::string()
                      : "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">" +
                            xml_escaped(text) + "</w:t></w:r>";
}

std::string page_field(const char* field) {
  return std::string("<w:fldSimple w:instr=\" ") + field +
         " \"><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>";
}

std::string part(const char* element, const char* alignment, const std::string& runs) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:") +
         element + " xmlns:w=\"" + word_ns + "\" xmlns:r=\"" + relationships_ns +
         "\"><w:p><w:pPr><w:jc w:val=\"" + alignment + "\"/></w:pPr>" + runs +
         "</w:p></w:" + element + ">";
}

// Adds `addition` before the closing tag `end` of a part pandoc wrote.
bool add_before_end(std::string& xml, std::string_view end, std::string_view addition) {
  const auto at = xml.rfind(end);
  if (at == std::string::npos)
    return false;
  xml.insert(at, addition);
  return true;
}

}  // namespace

bool is_docx(std::string_view bytes) {
  ZipInMemory zip(bytes);
  return zip.ok() && zip.has("word/document.xml") && zip.has("word/styles.xml");
}

std::optional<std::string> lay_out_docx(std::string_view docx, const DocxLayout& layout,
                                        std::string& error) {
  ZipInMemory zip(docx);
  const auto document_xml = zip.ok() ? zip.read("word/document.xml") : std::nullopt;
  if (!document_xml) {
    error = "word/document.xml";
    return std::nullopt;
  }
  const XmlDocument document = parse_xml(*document_xml);
  xmlNode* root = document ? xmlDocGetRootElement(document.get()) : nullptr;
  xmlNode* body = root != nullptr ? word_child(root, "body") : nullptr;
  xmlNs* ns = root != nullptr ? xmlSearchNsByHref(document.get(), root, xml(word_ns)) : nullptr;
  if (body == nullptr || ns == nullptr) {
    error = "word/document.xml";
    return std::nullopt;
  }
  if (layout.page) {
    xmlNs* relationships = xmlSearchNsByHref(document.get(), root, xml(relationships_ns));
    if (relationships == nullptr)
      relationships = xmlNewNs(root, xml(relationships_ns), xml("r"));
    set_page(body, ns, relationships);
  }
  xmlNode* section = nullptr;
  for (xmlNode* child = body->last; child != nullptr && section == nullptr; child = child->prev)
    if (is_word(child, "sectPr"))
      section = child;
  lay_out_tables(body, ns, text_width(section), layout.page.has_value());
  if (!zip.write("word/document.xml", serialise(document.get()))) {
    error = "word/document.xml";
    return std::nullopt;
  }

  if (layout.page) {
    const DocxPageText& text = *layout.page;
    auto relationships = zip.read("word/_rels/document.xml.rels");
    auto content_types = zip.read("[Content_Types].xml");
    const std::string relationship_type =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const std::string content_type =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    if (!relationships ||
        !add_before_end(*relationships, "</Relationships>",
                        "<Relationship Id=\"rIdProcureHeader\" Type=\"" + relationship_type +
                            "header\" Target=\"procure-header.xml\"/><Relationship "
                            "Id=\"rIdProcureFooter\" Type=\"" +
                            relationship_type + "footer\" Target=\"procure-footer.xml\"/>")) {
      error = "word/_rels/document.xml.rels";
      return std::nullopt;
    }
    if (!content_types ||
        !add_before_end(*content_types, "</Types>",
                        "<Override PartName=\"/word/procure-header.xml\" ContentType=\"" +
                            content_type +
                            "header+xml\"/><Override "
                            "PartName=\"/word/procure-footer.xml\" ContentType=\"" +
                            content_type + "footer+xml\"/>")) {
      error = "[Content_Types].xml";
      return std::nullopt;
    }
    const std::string footer_runs = small_run(text.page_before) + page_field("PAGE") +
                                    small_run(text.page_between) + page_field("NUMPAGES") +
                                    small_run(text.page_after);
    if (!zip.write("word/_rels/document.xml.rels", std::move(*relationships)) ||
        !zip.write("[Content_Types].xml", std::move(*content_types)) ||
        !zip.write("word/procure-header.xml", part("hdr", "right", small_run(text.header))) ||
        !zip.write("word/procure-footer.xml", part("ftr", "center", footer_runs))) {
      error = "word/";
      return std::nullopt;
    }
  }
  auto written = zip.finish();
  if (!written)
    error = "zip";
  return written;
}

}  // namespace procure::cli
