#pragma once
// The machine outputs of procure-score rank: JSON (one document, written
// as a stream: see common/json_writer.hpp) and CSV (one row a tender,
// RFC 4180 or as Norwegian Excel opens it, safe to open in a spreadsheet).

#include <functional>
#include <ostream>
#include <string>

#include "common/json_writer.hpp"
#include "common/tool.hpp"
#include "procure/evaluation/csv_writer.hpp"
#include "ranked_case.hpp"

namespace procure::cli {

// The document, ending in a newline.
std::string evaluation_json(const RankedCase& ranked, const ToolContext& ctx);
// The same document written to `stream` as it is made, a part at a time.
void print_evaluation_json(std::ostream& stream, const RankedCase& ranked, const ToolContext& ctx);
// How the items of the document's "tenders" array are written: `write_one(w, i)`
// writes the i-th tender's object into `w`, which has the array open.
using WriteTender = std::function<void(JsonWriter& w, std::size_t i)>;
using TendersWriter =
    std::function<void(JsonWriter& w, std::size_t count, const WriteTender& write_one)>;
// The same document as a value of a larger one (every lot's, in a case
// divided into lots); `write_tenders` writes the tenders' objects, by
// default one after another into `w`.
void write_evaluation_json(JsonWriter& w, const RankedCase& ranked, const ToolContext& ctx,
                           const TendersWriter& write_tenders = {});
// What the document is likely to take, to reserve it at once.
std::size_t evaluation_json_size(const RankedCase& ranked);
std::string evaluation_csv(const RankedCase& ranked, const ToolContext& ctx, CsvDialect dialect);

}  // namespace procure::cli
