#include "procure/spreadsheet/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <tuple>

#include "procure/spreadsheet/xstring.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {
namespace {

std::string mebibytes(std::size_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// A sheet names its part by a relationship, in the namespace of the
// workbook's conformance class: transitional (as Excel, LibreOffice and
// openpyxl save by default) or strict (Excel's "Strict Open XML").
constexpr std::string_view relationships_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view strict_relationships_ns =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct ParserFree {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

// Why a workbook was refused; the first problem ends the reading.
struct Failure {
  std::string code;
  MessageArgs args;
};

class Container {
 public:
  Container(std::string_view bytes, const XlsxLimits& limits) : limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      archive_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!archive_)
        zip_source_free(source);
    }
    zip_error_fini(&error);
  }

  bool ok() const { return archive_ != nullptr; }
  std::size_t entries() const {
    return static_cast<std::size_t>(zip_get_num_entries(archive_.get(), 0));
  }

  // The part inflated, read up to the limits; nullopt when absent. A part
  // over a limit or broken is a failure.
  std::optional<std::string> part(const std::string& name, std::optional<Failure>& failure) {
    const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
    if (index < 0)
      return std::nullopt;
    std::unique_ptr<zip_file_t, ZipFileCloser> file(
        zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
      failure = Failure{"xlsx.damaged-part", {{"part", name}}};
      return std::nullopt;
    }
    std::string text;
    char buffer[65536];
    while (true) {
      const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
      if (n < 0) {
        failure = Failure{"xlsx.damaged-part", {{"part", name}}};
        return std::nullopt;
      }
      if (n == 0)
        break;
      text.append(buffer, static_cast<std::size_t>(n));
      total_ += static_cast<std::size_t>(n);
      if (text.size() > limits_.max_part_bytes || total_ > limits_.max_total_bytes) {
        failure = Failure{
            "xlsx.too-large",
            {{"part", name},
             {"limit", mebibytes(text.size() > limits_.max_part_bytes ? limits_.max_part_bytes
                                                                      : limits_.max_total_bytes)}}};
        return std::nullopt;
      }
    }
    return text;
  }

 private:
  const XlsxLimits& limits_;
  std::unique_ptr<zip_t, ZipCloser> archive_;
  std::size_t total_ = 0;
};

// The local part of an expanded name "namespace|local".
std::string_view local_name(const XML_Char* name) {
  const std::string_view full(name);
  const auto bar = full.rfind('|');
  return bar == std::string_view::npos ? full : full.substr(bar + 1);
}

std::string_view namespace_of(const XML_Char* name) {
  const std::string_view full(name);
  const auto bar = full.rfind('|');
  return bar == std::string_view::npos ? std::string_view{} : full.substr(0, bar);
}

const XML_Char* attribute(const XML_Char** attributes, std::string_view local,
                          std::string_view ns = {}) {
  for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (local_name(attributes[i]) == local && namespace_of(attributes[i]) == ns)
      return attributes[i + 1];
  }
  return nullptr;
}

// What each part's handlers collect; one class, so one set of callbacks.
class PartParser {
 public:
  virtual ~PartParser() = default;
  virtual void start(std::string_view name, std::string_view ns, const XML_Char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  std::optional<Failure> failure;
  XML_Parser parser = nullptr;
};

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  static_cast<PartParser*>(data)->start(local_name(name), namespace_of(name), attributes);
}
void XMLCALL on_end(void* data, const XML_Char* name) {
  static_cast<PartParser*>(data)->end(local_name(name));
}
void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  static_cast<PartParser*>(data)->text(std::string_view(text, static_cast<std::size_t>(length)));
}

// Parses `xml` into `into`; a DTD, broken XML or the handler's own failure
// ends it with a failure naming the part.
std::optional<Failure> parse_part(const std::string& part, const std::string& xml,
                                  PartParser& into) {
  std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreateNS(nullptr, '|'));
  if (!parser)
    return Failure{"xlsx.bad-xml", {{"part", part}, {"line", "0"}, {"reason", "no memory"}}};
  into.parser = parser.get();
  XML_SetUserData(parser.get(), &into);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  // No DTD, hence no entity of the file's own, expanding or external.
  XML_SetStartDoctypeDeclHandler(
      parser.get(), [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* p = static_cast<PartParser*>(data);
        p->failure = Failure{"xlsx.doctype", {}};
        XML_StopParser(p->parser, XML_FALSE);
      });
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
  // Feed in slices, so a handler's failure stops the parse early.
  constexpr std::size_t slice = 1 << 20;
  for (std::size_t at = 0;; at += slice) {
    const bool last = at + slice >= xml.size();
    const std::size_t n = last ? xml.size() - std::min(at, xml.size()) : slice;
    const auto status = XML_Parse(parser.get(), xml.data() + std::min(at, xml.size()),
                                  static_cast<int>(n), last ? 1 : 0);
    if (into.failure) {
      if (into.failure->code == "xlsx.doctype")
        into.failure = Failure{"xlsx.bad-xml",
                               {{"part", part},
                                {"line", std::to_string(XML_GetCurrentLineNumber(parser.get()))},
                                {"reason", "DOCTYPE"}}};
      // A handler's failure is in this part, unless it names its own.
      auto& args = into.failure->args;
      if (std::none_of(args.begin(), args.end(),
                       [](const auto& arg) { return arg.first == "part"; }))
        args.emplace_back("part", part);
      return into.failure;
    }
    if (status != XML_STATUS_OK) {
      return Failure{"xlsx.bad-xml",
                     {{"part", part},
                      {"line", std::to_string(XML_GetCurrentLineNumber(parser.get()))},
                      {"reason", XML_ErrorString(XML_GetErrorCode(parser.get()))}}};
    }
    if (last)
      return std::nullopt;
  }
}

struct SheetEntry {
  std::string name;
  std::string relationship;
};

class WorkbookParser : public PartParser {
 public:
  explicit WorkbookParser(std::size_t max_sheets) : max_sheets_(max_sheets) {}
  void start(std::string_view name, std::string_view, const XML_Char** attributes) override {
    if (name == "workbookPr") {
      const auto* system = attribute(attributes, "date1904");
      date1904 = system != nullptr &&
                 (std::string_view(system) == "1" || std::string_view(system) == "true");
      return;
    }
    if (name != "sheet")
      return;
    const auto* sheet_name = attribute(attributes, "name");
    const auto* id = attribute(attributes, "id", relationships_ns);
    if (id == nullptr)
      id = attribute(attributes, "id", strict_relationships_ns);
    if (sheet_name == nullptr || id == nullptr) {
      failure = Failure{"xlsx.sheet-without-part", {{"sheet", sheet_name ? sheet_name : ""}}};
      return;
    }
    if (sheets.size() == max_sheets_) {
      failure =
          Failure{"xlsx.too-large", {{"part", "sheets"}, {"limit", std::to_string(max_sheets_)}}};
      return;
    }
    sheets.push_back({sheet_name, id});
  }
  void end(std::string_view) override {}
  std::vector<SheetEntry> sheets;
  bool date1904 = false;  // the Mac's date system: day 0 is 1904-01-01

 private:
  std::size_t max_sheets_;
};

// A style's or format's number in the file; -1 for anything else.
int style_number(const XML_Char* text) {
  int n = -1;
  if (text != nullptr) {
    const std::string_view digits(text);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size())
      n = -1;
  }
  return n;
}

// Whether a number format shows a date or a time: the built-in ones that
// do (ECMA-376 part 1, 18.8.30), or a format code with a day, month, year,
// hour or second in it, outside its quoted texts and [...] sections.
bool is_date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
      (id >= 50 && id <= 58))
    return true;
  bool quoted = false;
  bool bracketed = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracketed) {
      bracketed = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracketed = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character stands for itself, or a width
    } else if (std::string_view("dmyhsDMYHS").find(c) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Which cell styles show their number as a date (xl/styles.xml): a date
// typed where a score belongs (Excel in Norwegian takes "7.5" for the 7th
// of May) is named as one.
class StylesParser : public PartParser {
 public:
  void start(std::string_view name, std::string_view, const XML_Char** attributes) override {
    if (name == "numFmt") {
      const auto* code = attribute(attributes, "formatCode");
      if (code != nullptr && codes_.size() < max_styles)
        codes_.emplace(style_number(attribute(attributes, "numFmtId")), code);
    } else if (name == "cellXfs") {
      in_cell_styles_ = true;
    } else if (name == "xf" && in_cell_styles_ && shows_date.size() < max_styles) {
      const int format = style_number(attribute(attributes, "numFmtId"));
      const auto code = codes_.find(format);
      shows_date.push_back(
          is_date_format(format, code != codes_.end() ? std::string_view(code->second) : ""));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs")
      in_cell_styles_ = false;
  }
  std::vector<bool> shows_date;  // by cell style (a cell's `s`)

 private:
  static constexpr std::size_t max_styles = 65'536;
  std::map<int, std::string> codes_;
  bool in_cell_styles_ = false;
};

// A date's serial number as the date (and time) it shows: days since
// 1899-12-30 (Excel counts a 29 February 1900 that was not, so serials
// before 61 are a day off; no score sheet holds one), or since 1904-01-01.
std::string date_shown(std::string_view serial, bool date1904) {
  const double value = std::strtod(std::string(serial).c_str(), nullptr);
  if (!(value >= 0 && value < 2'958'466))  // up to 9999-12-31
    return std::string(serial);
  constexpr long long minutes_a_day = 24 * 60;
  const long long minutes = std::llround(value * minutes_a_day);
  const Date day = (date1904 ? *Date::from_ymd(1904, 1, 1) : *Date::from_ymd(1899, 12, 30))
                       .plus_days(static_cast<int>(minutes / minutes_a_day));
  const long long of_day = minutes % minutes_a_day;
  if (of_day == 0)
    return day.iso();
  char time[16];
  std::snprintf(time, sizeof time, " %02lld:%02lld", of_day / 60, of_day % 60);
  return day.iso() + time;
}

class RelationshipsParser : public PartParser {
 public:
  void start(std::string_view name, std::string_view, const XML_Char** attributes) override {
    if (name != "Relationship")
      return;
    const auto* id = attribute(attributes, "Id");
    const auto* target = attribute(attributes, "Target");
    if (id != nullptr && target != nullptr && targets.size() < 100'000)
      targets.emplace(id, target);
  }
  void end(std::string_view) override {}
  std::map<std::string, std::string> targets;
};

class SharedStringsParser : public PartParser {
 public:
  explicit SharedStringsParser(std::size_t max_strings) : max_strings_(max_strings) {}
  void start(std::string_view name, std::string_view, const XML_Char**) override {
    if (name == "si") {
      if (strings.size() == max_strings_) {
        failure = Failure{"xlsx.too-large",
                          {{"part", "sharedStrings"}, {"limit", std::to_string(max_strings_)}}};
        return;
      }
      strings.emplace_back();
      in_item_ = true;
    } else if (name == "rPh") {
      ++in_phonetic_;  // a reading aid of East Asian text, not part of the value
    } else if (name == "t") {
      in_text_ = in_item_ && in_phonetic_ == 0;
    }
  }
  void end(std::string_view name) override {
    if (name == "si") {
      in_item_ = false;
      strings.back() = xstring_decoded(strings.back());
    } else if (name == "rPh")
      --in_phonetic_;
    else if (name == "t")
      in_text_ = false;
  }
  void text(std::string_view chars) override {
    if (in_text_)
      strings.back().append(chars);
  }
  std::vector<std::string> strings;

 private:
  std::size_t max_strings_;
  bool in_item_ = false;
  bool in_text_ = false;
  int in_phonetic_ = 0;
};

// "D7" -> row 6, column 3; nullopt for anything else.
std::optional<std::pair<int, int>> parse_cell_name(std::string_view name) {
  int column = 0;
  std::size_t i = 0;
  while (i < name.size() && name[i] >= 'A' && name[i] <= 'Z' && i < 3) {
    column = column * 26 + (name[i] - 'A' + 1);
    ++i;
  }
  if (i == 0 || i == name.size() || name.size() - i > 7)
    return std::nullopt;
  int row = 0;
  for (; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9')
      return std::nullopt;
    row = row * 10 + (name[i] - '0');
  }
  if (row < 1 || column > 16384 || row > 1048576)
    return std::nullopt;
  return std::pair{row - 1, column - 1};
}

class WorksheetParser : public PartParser {
 public:
  WorksheetParser(XlsxSheet& sheet, const std::vector<std::string>& strings,
                  const std::vector<bool>& shows_date, bool date1904, std::size_t& cells,
                  std::size_t max_cells)
      : sheet_(sheet),
        strings_(strings),
        shows_date_(shows_date),
        date1904_(date1904),
        cells_(cells),
        max_cells_(max_cells) {}

  void start(std::string_view name, std::string_view, const XML_Char** attributes) override {
    if (name == "row") {
      const auto* r = attribute(attributes, "r");
      const auto number = r != nullptr ? parse_cell_name(std::string("A") + r) : std::nullopt;
      if (r != nullptr && !number) {
        failure = Failure{"xlsx.bad-cell", {{"cell", r}}};
        return;
      }
      row_ = number ? number->first : row_ + 1;
      column_ = -1;
    } else if (name == "c") {
      const auto* r = attribute(attributes, "r");
      if (r != nullptr) {
        const auto place = parse_cell_name(r);
        if (!place) {
          failure = Failure{"xlsx.bad-cell", {{"cell", r}}};
          return;
        }
        std::tie(row_, column_) = *place;
      } else {
        ++column_;
      }
      const auto* t = attribute(attributes, "t");
      type_ = t != nullptr ? t : "n";
      const int style = style_number(attribute(attributes, "s"));
      shows_date_now_ = style >= 0 && static_cast<std::size_t>(style) < shows_date_.size() &&
                        shows_date_[static_cast<std::size_t>(style)];
      value_.clear();
      has_formula_ = false;
      in_cell_ = true;
    } else if (in_cell_ && (name == "v" || (name == "t" && type_ == "inlineStr"))) {
      in_value_ = true;
    } else if (in_cell_ && name == "f") {
      has_formula_ = true;
    } else if (name == "rPh") {
      ++in_phonetic_;
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "rPh") {
      --in_phonetic_;
    } else if (name == "c" && in_cell_) {
      in_cell_ = false;
      add_cell();
    }
  }

  void text(std::string_view chars) override {
    if (in_value_ && in_phonetic_ == 0)
      value_.append(chars);
  }

 private:
  void add_cell() {
    // A formula's text is `str`, its empty value the empty text; a formula
    // of any other type with no value was never computed (openpyxl writes
    // `<v></v>`, others no `<v>`).
    const bool uncomputed = has_formula_ && value_.empty() && type_ != "str";
    if (row_ < 0 || column_ < 0 || (value_.empty() && !uncomputed))
      return;
    if (++cells_ > max_cells_) {
      failure =
          Failure{"xlsx.too-large", {{"part", "cells"}, {"limit", std::to_string(max_cells_)}}};
      return;
    }
    XlsxCell cell;
    if (uncomputed) {
      cell.kind = XlsxValue::uncomputed_formula;
    } else if (type_ == "s") {
      char* end = nullptr;
      const auto index = std::strtoull(value_.c_str(), &end, 10);
      if (end == value_.c_str() || *end != '\0' || index >= strings_.size()) {
        failure = Failure{"xlsx.bad-cell", {{"cell", cell_name(row_, column_)}}};
        return;
      }
      cell.text = strings_[index];
    } else if (type_ == "n" && shows_date_now_) {
      cell.text = date_shown(value_, date1904_);
      cell.kind = XlsxValue::date;
    } else if (type_ == "n") {
      cell.text = std::move(value_);
      cell.kind = XlsxValue::number;
    } else if (type_ == "b") {
      cell.text = std::move(value_);
      cell.kind = XlsxValue::boolean;
    } else if (type_ == "e") {
      cell.text = std::move(value_);
      cell.kind = XlsxValue::error;
    } else if (type_ == "d") {
      cell.text = std::move(value_);  // written as ISO 8601 already
      cell.kind = XlsxValue::date;
    } else {
      // inlineStr, a formula's text (str): text.
      cell.text = xstring_decoded(value_);
    }
    sheet_.cells[{row_, column_}] = std::move(cell);
  }

  XlsxSheet& sheet_;
  const std::vector<std::string>& strings_;
  const std::vector<bool>& shows_date_;
  bool date1904_;
  bool shows_date_now_ = false;
  std::size_t& cells_;
  std::size_t max_cells_;
  int row_ = -1;
  int column_ = -1;
  std::string type_;
  std::string value_;
  bool has_formula_ = false;
  bool in_cell_ = false;
  bool in_value_ = false;
  int in_phonetic_ = 0;
};

// A relationship's target as a part name: relative to xl/, or absolute.
std::string part_name(const std::string& target) {
  if (target.starts_with("/"))
    return target.substr(1);
  return "xl/" + target;
}

std::optional<std::vector<XlsxSheet>> read_parts(Container& container, const XlsxLimits& limits,
                                                 std::optional<Failure>& failure) {
  if (container.entries() > limits.max_entries) {
    failure = Failure{"xlsx.too-large",
                      {{"part", "entries"}, {"limit", std::to_string(limits.max_entries)}}};
    return std::nullopt;
  }
  const auto parse = [&](const std::string& name, PartParser& parser, bool required) {
    auto xml = container.part(name, failure);
    if (!xml) {
      if (!failure && required)
        failure = Failure{"xlsx.missing-part", {{"part", name}}};
      return false;
    }
    failure = parse_part(name, *xml, parser);
    return !failure;
  };
  WorkbookParser workbook(limits.max_sheets);
  RelationshipsParser relationships;
  if (!parse("xl/workbook.xml", workbook, true) ||
      !parse("xl/_rels/workbook.xml.rels", relationships, true))
    return std::nullopt;
  SharedStringsParser strings(limits.max_strings);
  if (!parse("xl/sharedStrings.xml", strings, false) && failure)
    return std::nullopt;
  StylesParser styles;
  if (!parse("xl/styles.xml", styles, false) && failure)
    return std::nullopt;
  std::vector<XlsxSheet> sheets;
  std::size_t cells = 0;
  for (const auto& entry : workbook.sheets) {
    const auto target = relationships.targets.find(entry.relationship);
    if (target == relationships.targets.end()) {
      failure = Failure{"xlsx.sheet-without-part",
                        {{"sheet", entry.name}, {"part", "xl/_rels/workbook.xml.rels"}}};
      return std::nullopt;
    }
    XlsxSheet& sheet = sheets.emplace_back();
    sheet.name = entry.name;
    WorksheetParser parser(sheet, strings.strings, styles.shows_date, workbook.date1904, cells,
                           limits.max_cells);
    if (!parse(part_name(target->second), parser, true))
      return std::nullopt;
  }
  return sheets;
}

}  // namespace

const XlsxCell* XlsxSheet::at(int row, int column) const {
  const auto it = cells.find({row, column});
  return it == cells.end() ? nullptr : &it->second;
}

SourceSpan workbook_place(const std::string& display_path) {
  SourceSpan place;
  place.file = display_path;
  return place;
}

std::string cell_name(int row, int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters + std::to_string(row + 1);
}

std::optional<std::vector<XlsxSheet>> read_xlsx(std::string_view bytes,
                                                const std::string& display_path,
                                                Diagnostics& diagnostics,
                                                const XlsxLimits& limits) {
  std::optional<Failure> failure;
  std::optional<std::vector<XlsxSheet>> sheets;
  Container container(bytes, limits);
  if (container.ok())
    sheets = read_parts(container, limits, failure);
  else
    failure = Failure{"xlsx.not-a-workbook", {}};
  if (failure) {
    failure->args.emplace_back("path", display_path);
    diagnostics.error(failure->code, failure->args);
    return std::nullopt;
  }
  return sheets;
}

}  // namespace procure
