#pragma once
// An import mapping: how to read an e-tendering system's export of the
// tenders (its own column names and formats) as procure's tenders table,
// without renaming columns by hand. It is the file `import.yaml` in the
// folder of the tenders (bids/), next to the export it names:
//
//   file: tilbudsliste.csv          # the export, in the same folder
//   columns:                        # procure's field: the export's column
//     id: Tilbudsnr.
//     supplier: Leverandør
//     received: {column: Levert, format: dd.mm.yyyy HH:MM}
//     price: {column: Totalpris, decimal: comma, thousands: space, currency: kr}
//   ignore: [Status]                # export columns left unread on purpose
//
// docs/import-mappings.md describes the file.

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/evaluation/export_formats.hpp"

namespace procure {

inline constexpr std::string_view import_mapping_file = "import.yaml";

// One of procure's tender fields read from a column of the export.
struct ColumnMapping {
  std::string column;  // the export's header text
  SourceSpan where;    // the column's name in import.yaml
  // The declared format; none: read as bids/tenders.csv reads the field.
  std::optional<TimeFormat> time;      // received
  std::optional<AmountFormat> amount;  // price
  std::string format_shown;            // the declared format as messages show it
};

struct ImportMapping {
  std::string file;  // the export's file name, in the mapping's folder; empty when not given
  std::optional<ColumnMapping> id;
  std::optional<ColumnMapping> supplier;
  std::optional<ColumnMapping> organisation_number;
  std::optional<ColumnMapping> supplier_size;
  std::optional<ColumnMapping> title;
  std::optional<ColumnMapping> received;
  std::optional<ColumnMapping> price;
  std::optional<ColumnMapping> lot;
  std::optional<ColumnMapping> candidate;
  std::vector<std::string> ignore;  // export columns not read, on purpose
  // False when the mapping has errors: the export is then not read.
  bool usable = false;
};

// Reads `path` (shown as `shown`); problems go to `diagnostics`, each at its
// place in the file, unknown keys with the nearest valid one. The export
// must be a .csv file next to the mapping, none of the `own_tables` (the
// folder's own tables, read as they are).
ImportMapping read_import_mapping(const std::filesystem::path& path, const std::string& shown,
                                  Diagnostics& diagnostics, Lang primary_language,
                                  std::span<const std::string_view> own_tables);

}  // namespace procure
