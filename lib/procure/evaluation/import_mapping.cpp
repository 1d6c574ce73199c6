#include "procure/evaluation/import_mapping.hpp"

#include <algorithm>
#include <array>

#include "procure/core/choice.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {
namespace {

namespace fs = std::filesystem;

enum class FieldKind { text, time, amount };

struct FieldDef {
  std::string_view name;
  std::optional<ColumnMapping> ImportMapping::*member;
  FieldKind kind;
  bool required;
};

// The fields of bids/tenders.csv, in its order.
constexpr std::array<FieldDef, 9> tender_fields{{
    {"id", &ImportMapping::id, FieldKind::text, true},
    {"supplier", &ImportMapping::supplier, FieldKind::text, true},
    {"organisation_number", &ImportMapping::organisation_number, FieldKind::text, false},
    {"supplier_size", &ImportMapping::supplier_size, FieldKind::text, false},
    {"title", &ImportMapping::title, FieldKind::text, false},
    {"received", &ImportMapping::received, FieldKind::time, true},
    {"price", &ImportMapping::price, FieldKind::amount, false},
    {"lot", &ImportMapping::lot, FieldKind::text, false},
    {"candidate", &ImportMapping::candidate, FieldKind::text, false},
}};

constexpr Choice<char> decimal_marks[] = {{"comma", ','}, {"dot", '.'}};
constexpr Choice<AmountFormat::Thousands> thousands_separators[] = {
    {"none", AmountFormat::Thousands::none},
    {"space", AmountFormat::Thousands::space},
    {"dot", AmountFormat::Thousands::dot},
    {"comma", AmountFormat::Thousands::comma},
    {"apostrophe", AmountFormat::Thousands::apostrophe}};

std::optional<TimeFormat> read_time_format(yaml::Reader& reader, const yaml::Node& node,
                                           std::string& shown) {
  const auto pattern = reader.text(node);
  if (!pattern)
    return std::nullopt;
  auto format = TimeFormat::parse(*pattern);
  if (!format)
    reader.error(node, "import.bad-time-format", {{"format", *pattern}});
  else
    shown = *pattern;
  return format;
}

std::optional<AmountFormat> read_amount_format(yaml::Reader& reader, yaml::MapReader& map,
                                               std::string& shown) {
  AmountFormat format;
  bool ok = true;
  if (const auto* n = map.required("decimal")) {
    if (auto v = reader.choice<char>(*n, decimal_marks))
      format.decimal = *v;
    else
      ok = false;
  } else {
    ok = false;
  }
  if (const auto* n = map.optional("thousands")) {
    if (auto v = reader.choice<AmountFormat::Thousands>(*n, thousands_separators)) {
      format.thousands = *v;
      const bool same = (*v == AmountFormat::Thousands::dot && format.decimal == '.') ||
                        (*v == AmountFormat::Thousands::comma && format.decimal == ',');
      if (same) {
        reader.error(*n, "import.same-separator", {{"separator", n->text}});
        ok = false;
      }
    } else {
      ok = false;
    }
  }
  if (const auto* n = map.optional("currency")) {
    if (auto v = reader.text(*n))
      format.currency = *v;
    else
      ok = false;
  }
  if (!ok)
    return std::nullopt;
  shown = format.example();
  return format;
}

// A field's entry: the export's column name, or a map with the column and its format.
std::optional<ColumnMapping> read_column(yaml::Reader& reader, const yaml::Node& node,
                                         FieldKind kind) {
  ColumnMapping mapping;
  if (node.is_scalar() || node.is_null()) {
    const auto column = reader.text(node);
    if (!column)
      return std::nullopt;
    mapping.column = *column;
    mapping.where = reader.span(node);
    return mapping;
  }
  yaml::MapReader map(reader, node);
  if (!map.is_map())
    return std::nullopt;
  bool ok = true;
  if (const auto* n = map.required("column")) {
    if (auto column = reader.text(*n)) {
      mapping.column = *column;
      mapping.where = reader.span(*n);
    } else {
      ok = false;
    }
  } else {
    ok = false;
  }
  if (kind == FieldKind::time) {
    if (const auto* n = map.required("format")) {
      mapping.time = read_time_format(reader, *n, mapping.format_shown);
      ok = ok && mapping.time.has_value();
    } else {
      ok = false;
    }
  } else if (kind == FieldKind::amount) {
    mapping.amount = read_amount_format(reader, map, mapping.format_shown);
    ok = ok && mapping.amount.has_value();
  }
  map.finish();
  if (!ok)
    return std::nullopt;
  return mapping;
}

bool ends_with_csv(std::string_view name) {
  if (name.size() < 4)
    return false;
  std::string extension(name.substr(name.size() - 4));
  std::transform(extension.begin(), extension.end(), extension.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return extension == ".csv";
}

// The export's name: a .csv file in the mapping's folder, not one of the
// folder's own tables (those are read as they are), and there.
bool read_export_name(yaml::Reader& reader, const yaml::Node& node, const fs::path& folder,
                      std::span<const std::string_view> own_tables, ImportMapping& mapping) {
  const auto name = reader.text(node);
  if (!name)
    return false;
  mapping.file = *name;
  const bool own = std::find(own_tables.begin(), own_tables.end(), *name) != own_tables.end();
  if (own || !ends_with_csv(*name) || name->starts_with('.') ||
      name->find_first_of("/\\") != std::string::npos) {
    reader.error(node, "import.bad-export-name", {{"file", *name}});
    return false;
  }
  std::error_code ec;
  if (!fs::is_regular_file(folder / *name, ec)) {
    reader.error(node, "import.no-export", {{"file", *name}});
    return false;
  }
  return true;
}

}  // namespace

ImportMapping read_import_mapping(const fs::path& path, const std::string& shown,
                                  Diagnostics& diagnostics, Lang primary_language,
                                  std::span<const std::string_view> own_tables) {
  ImportMapping mapping;
  const int errors_before = diagnostics.error_count();
  const auto document = yaml::read_document(path, shown, diagnostics);
  if (!document)
    return mapping;
  yaml::Reader reader(document->source, diagnostics, primary_language);
  yaml::MapReader map(reader, document->root);
  if (!map.is_map())
    return mapping;
  bool has_export = false;
  if (const auto* n = map.required("file"))
    has_export = read_export_name(reader, *n, path.parent_path(), own_tables, mapping);
  if (const auto* columns = map.required("columns")) {
    yaml::MapReader by_field(reader, *columns);
    if (by_field.is_map()) {
      for (const auto& field : tender_fields) {
        if (const auto* n = by_field.optional(field.name)) {
          mapping.*field.member = read_column(reader, *n, field.kind);
        } else if (field.required) {
          reader.error(*columns, "import.unmapped-field", {{"field", std::string(field.name)}});
        }
      }
      by_field.finish();
    }
  }
  if (const auto* n = map.optional("ignore")) {
    if (const auto* items = reader.sequence(*n)) {
      for (const auto& item : *items) {
        if (auto column = reader.text(item))
          mapping.ignore.push_back(*column);
      }
    }
  }
  map.finish();
  // The export is named even when the mapping has errors, so that it is not
  // also reported as a file nobody reads.
  mapping.usable = has_export && diagnostics.error_count() == errors_before;
  return mapping;
}

}  // namespace procure
