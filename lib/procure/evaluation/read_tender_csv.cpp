// The CSV tables of tenders and assessments: one function a table, each
// reading its rows with the checks the YAML files get.
#include <functional>
#include <iterator>
#include <memory>
#include <set>
#include <string_view>
#include <vector>

#include "procure/core/source_file.hpp"
#include "procure/core/suggest.hpp"
#include "procure/evaluation/csv_table.hpp"
#include "procure/evaluation/spreadsheet_values.hpp"
#include "procure/evaluation/tender_readers.hpp"

namespace procure::evaluation_detail {
namespace {

using RowReader = std::function<void(yaml::Reader&, CsvColumns&, CsvReader&)>;
using RecordReader = std::function<void(yaml::Reader&, CsvReader&)>;

// Reads the file as CSV and hands its header and rows to `read`.
void with_rows(Context& ctx, const std::filesystem::path& path, const std::string& shown,
               const RecordReader& read) {
  auto& diagnostics = ctx.load.diagnostics;
  // Exports from e-tendering systems are machine-made and can be large: a
  // score table of 2 000 tenders × 40 criteria × 5 evaluators is some 30 MB.
  ReadLimits limits;
  limits.max_bytes = 512u * 1024u * 1024u;
  auto read_source = read_csv_source(path, shown, diagnostics, limits, ctx.parallel);
  if (!read_source)
    return;
  // Kept alive by the places of the scores read from it (SourcePlace).
  const auto source = std::make_shared<const SourceFile>(std::move(*read_source));
  CsvReader rows(*source, diagnostics);
  if (!rows.ok())
    return;
  yaml::Reader reader(source, diagnostics, ctx.kase.primary_language());
  read(reader, rows);
}

// Reads the file as CSV and hands its rows to `read`, which asks for its
// columns and reads the rows one by one.
void with_table(Context& ctx, const std::filesystem::path& path, const std::string& shown,
                const RowReader& read) {
  with_rows(ctx, path, shown, [&](yaml::Reader& reader, CsvReader& rows) {
    CsvColumns columns(reader, rows.header());
    read(reader, columns, rows);
  });
}

SourceSpan row_span(yaml::Reader& reader, const CsvRow& row) {
  return reader.source().span_at_byte(row.line, row.byte_column);
}

// A required cell: reported as missing at the row when empty.
const yaml::Node* need(yaml::Reader& reader, const CsvRow& row, std::optional<std::size_t> column,
                       std::string_view name) {
  const yaml::Node* cell = CsvColumns::cell(row, column);
  if (cell == nullptr && column) {
    yaml::Node at = row.cells[*column];
    reader.error(at, "csv.empty-cell", {{"column", std::string(name)}});
  }
  return cell;
}

// A time or an amount as a spreadsheet writes it ("03.06.2027 11:58",
// "kr 1 234 567,00"), in the form the YAML readers read; other cells as they are.
yaml::Node spreadsheet_time(const yaml::Node& cell) {
  yaml::Node read = cell;
  if (auto iso = iso_from_day_first(cell.text))
    read.text = std::move(*iso);
  return read;
}

yaml::Node spreadsheet_amount(const Context& ctx, const yaml::Node& cell) {
  yaml::Node read = cell;
  // "kr" is kroner of several countries: it is the case's own only when that is NOK.
  if (ctx.kase.currency.code == "NOK") {
    if (auto amount = amount_in_kroner(cell.text, ctx.kase.currency.code))
      read.text = std::move(*amount);
  }
  return read;
}

// A tender field's column and how its cells become the form the field's
// reader takes (nullopt when the cell is not in the column's format: the
// form reports it); without a form a cell is read as it is.
using CellForm = std::function<std::optional<yaml::Node>(yaml::Reader&, const yaml::Node&)>;
struct TenderColumn {
  std::optional<std::size_t> index;
  std::string name;  // as messages about its cells name it
  CellForm form;
};

struct TenderColumns {
  TenderColumn id, supplier, organisation_number, supplier_size, title, received, price, lot,
      candidate;
};

// The cell of `column` in the form its reader takes; nullptr when empty or not in its format.
const yaml::Node* formed(yaml::Reader& reader, const yaml::Node* cell, const TenderColumn& column,
                         std::optional<yaml::Node>& storage) {
  if (cell == nullptr || !column.form)
    return cell;
  storage = column.form(reader, *cell);
  return storage ? &*storage : nullptr;
}

// The rows of a table of tenders, one tender a row. With `add` false (a
// column is missing) every cell is still checked, but no tender is added.
void read_tender_rows(Context& ctx, yaml::Reader& reader, CsvReader& rows, const std::string& shown,
                      const TenderColumns& columns, bool add = true) {
  CsvRow row;
  while (rows.next(row)) {
    Tender tender;
    tender.file = shown;
    tender.where = row_span(reader, row);
    if (columns.id.index) {
      const auto* id_cell = need(reader, row, columns.id.index, columns.id.name);
      if (id_cell == nullptr)
        continue;
      const auto id_text = reader.identifier(*id_cell);
      if (!id_text)
        continue;
      tender.id = *id_text;
    }
    if (const auto* cell = need(reader, row, columns.supplier.index, columns.supplier.name)) {
      if (auto v = reader.text(*cell))
        tender.supplier.name = *v;
    }
    if (const auto* cell = CsvColumns::cell(row, columns.organisation_number.index))
      tender.supplier.organisation_number = read_organisation_number(reader, *cell);
    if (const auto* cell = CsvColumns::cell(row, columns.supplier_size.index)) {
      tender.supplier.size = reader.choice(*cell, company_size_choices());
      tender.supplier.size_where = reader.span(*cell);
    }
    if (const auto* cell = CsvColumns::cell(row, columns.title.index)) {
      if (auto v = reader.text(*cell))
        tender.title = *v;
    }
    if (const auto* cell = CsvColumns::cell(row, columns.lot.index)) {
      tender.lot_where = reader.span(*cell);
      if (auto v = reader.identifier(*cell))
        tender.lot = *v;
    }
    if (const auto* cell = CsvColumns::cell(row, columns.candidate.index)) {
      tender.candidate_where = reader.span(*cell);
      if (auto v = reader.identifier(*cell))
        tender.candidate = *v;
    }
    std::optional<yaml::Node> storage;
    if (const auto* cell = need(reader, row, columns.received.index, columns.received.name)) {
      tender.received_where = reader.span(*cell);
      if (const auto* read = formed(reader, cell, columns.received, storage)) {
        if (auto v = reader.instant(*read))
          tender.received = *v;
      }
    }
    if (const auto* cell = CsvColumns::cell(row, columns.price.index)) {
      tender.price_where = reader.span(*cell);
      if (const auto* read = formed(reader, cell, columns.price, storage))
        tender.stated_price = read_price(ctx, reader, *read);
    }
    if (add && !tender.id.empty())
      add_tender(ctx, std::move(tender));
  }
}

// A mapped column the export does not have, with the export's nearest column.
void report_not_in_export(Context& ctx, const ColumnMapping& field, const std::string& shown,
                          const std::vector<std::string>& header) {
  auto& diagnostics = ctx.load.diagnostics;
  if (const auto suggestion = nearest(field.column, header)) {
    diagnostics.error("import.column-not-in-export-suggest",
                      {{"column", field.column}, {"file", shown}, {"suggestion", *suggestion}},
                      field.where);
  } else {
    diagnostics.error("import.column-not-in-export", {{"column", field.column}, {"file", shown}},
                      field.where);
  }
}

struct ScoreColumns {
  std::optional<std::size_t> tender, criterion, evaluator, score, reason;
};

// The rows of a score table, one score a row, until `rows` stops.
void read_score_rows(Context& ctx, yaml::Reader& reader, CsvReader& rows,
                     const ScoreColumns& columns, const std::string& shown) {
  CsvRow row;
  while (rows.next(row)) {
    const auto* tender_cell = need(reader, row, columns.tender, "tender");
    const auto* criterion_cell = need(reader, row, columns.criterion, "criterion");
    const auto* evaluator_cell = need(reader, row, columns.evaluator, "evaluator");
    if (tender_cell == nullptr || criterion_cell == nullptr || evaluator_cell == nullptr)
      continue;
    if (const Tender* tender = tender_ref(ctx, reader, *tender_cell)) {
      add_score(ctx, reader, *tender, *criterion_cell, *evaluator_cell,
                CsvColumns::cell(row, columns.score), CsvColumns::cell(row, columns.reason),
                reader.place(*evaluator_cell), shown);
    }
  }
}

// Where the parts of a table from `first` on start: after the first line
// end at or past each equal share of the text. Each is only a guess at a
// record's start (a quoted cell may hold line ends); read_score_parts
// checks it.
std::vector<std::size_t> part_starts(std::string_view text, std::size_t first, std::size_t parts) {
  std::vector<std::size_t> starts;
  for (std::size_t k = 1; k < parts; ++k) {
    const std::size_t share = first + (text.size() - first) / parts * k;
    const std::size_t line_end = text.find('\n', share);
    if (line_end == std::string_view::npos || line_end + 1 >= text.size())
      break;
    if (starts.empty() || line_end + 1 > starts.back())
      starts.push_back(line_end + 1);
  }
  return starts;
}

// Whether a score of `part` was also given in `into`: read in one pass, the
// table would report it as given twice.
bool scores_overlap(const TenderLoad& into, const TenderLoad& part) {
  for (const auto& [tender, assessment] : part.assessments) {
    const Assessment* earlier = into.assessment(tender);
    if (earlier == nullptr)
      continue;
    for (const auto& [criterion, scores] : assessment.scores) {
      const auto found = earlier->scores.find(criterion);
      if (found == earlier->scores.end())
        continue;
      if (scores.consensus && found->second.consensus)
        return true;
      for (const auto& score : scores.individual) {
        if (found->second.find(score.evaluator) != nullptr)
          return true;
      }
    }
  }
  return false;
}

// Adds the assessments of `part`, read from a later part of the same table,
// after those of `into`, as reading the whole table in one pass adds them.
void join_scores(TenderLoad& into, TenderLoad& part) {
  while (!part.assessments.empty()) {
    auto node = part.assessments.extract(part.assessments.begin());
    const auto [at, added, left] = into.assessments.insert(std::move(node));
    if (added)
      continue;
    // An assessment both parts add to keeps the place it was first given at.
    auto& scores = at->second.scores;
    for (auto& [criterion, given] : left.mapped().scores) {
      auto& joined = scores[criterion];
      if (given.consensus)
        joined.consensus = std::move(given.consensus);
      std::move(given.individual.begin(), given.individual.end(),
                std::back_inserter(joined.individual));
    }
  }
}

// Reads a score table's rows, a large one in parts at once, each part by a
// reader, a context and a load of its own. A part joins the rest only when
// the whole table read in one pass could not have differed: the part before
// it ended exactly where it starts, it found no problem, and none of its
// scores was given before it. Otherwise the table is read on, in one pass,
// from where the last part that joined ended.
void read_score_parts(Context& ctx, yaml::Reader& reader, CsvReader& rows,
                      const ScoreColumns& columns, const std::string& shown) {
  const std::string& text = reader.source().text();
  const auto starts =
      part_starts(text, rows.offset(), part_count(ctx.parallel, text.size() - rows.offset()));
  if (starts.empty()) {
    read_score_rows(ctx, reader, rows, columns, shown);
    return;
  }
  struct Part {
    TenderLoad load;
    std::unique_ptr<Context> ctx;
    std::unique_ptr<yaml::Reader> reader;
    std::unique_ptr<CsvReader> rows;
  };
  std::vector<Part> parts(starts.size());
  std::vector<Task> tasks;
  rows.stop_at(starts.front());
  tasks.emplace_back([&] { read_score_rows(ctx, reader, rows, columns, shown); });
  const TaskRunner in_turn;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    Part& part = parts[k];
    part.ctx = std::make_unique<Context>(
        Context{ctx.kase, part.load, ctx.tenders, ctx.lot_views, in_turn});
    part.ctx->tender_index = ctx.tender_index;
    part.ctx->unreadable = ctx.unreadable;
    part.reader = std::make_unique<yaml::Reader>(reader, part.load.diagnostics);
    part.rows = std::make_unique<CsvReader>(rows, part.load.diagnostics, starts[k]);
    if (k + 1 < starts.size())
      part.rows->stop_at(starts[k + 1]);
    tasks.emplace_back([&part, &columns, &shown] {
      read_score_rows(*part.ctx, *part.reader, *part.rows, columns, shown);
    });
  }
  run_tasks(ctx.parallel, tasks);
  // A quote never closed leaves its reader at the end of the text, as the
  // table read in one pass ends there.
  CsvReader* last = &rows;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (last->offset() != starts[k] || !parts[k].load.diagnostics.empty() ||
        scores_overlap(ctx.load, parts[k].load))
      break;
    join_scores(ctx.load, parts[k].load);
    last = parts[k].rows.get();
  }
  if (last->offset() >= text.size())
    return;
  CsvReader rest(rows, ctx.load.diagnostics, last->offset());
  read_score_rows(ctx, reader, rest, columns, shown);
}

}  // namespace

void read_tenders_csv(Context& ctx, const std::filesystem::path& path, const std::string& shown) {
  with_table(ctx, path, shown, [&](yaml::Reader& reader, CsvColumns& columns, CsvReader& rows) {
    const auto column = [&](std::string_view name, bool required) {
      return TenderColumn{
          required ? columns.required(name) : columns.optional(name), std::string(name), {}};
    };
    TenderColumns tender_columns{column("id", true),
                                 column("supplier", true),
                                 column("organisation_number", false),
                                 column("supplier_size", false),
                                 column("title", false),
                                 column("received", true),
                                 column("price", false),
                                 column("lot", false),
                                 column("candidate", false)};
    columns.finish();
    tender_columns.received.form = [](yaml::Reader&, const yaml::Node& cell) {
      return std::optional(spreadsheet_time(cell));
    };
    tender_columns.price.form = [&ctx](yaml::Reader&, const yaml::Node& cell) {
      return std::optional(spreadsheet_amount(ctx, cell));
    };
    if (!tender_columns.id.index || !tender_columns.supplier.index ||
        !tender_columns.received.index)
      return;
    read_tender_rows(ctx, reader, rows, shown, tender_columns);
  });
}

void read_tender_export(Context& ctx, const ImportMapping& mapping,
                        const std::filesystem::path& path, const std::string& shown,
                        const std::string& mapping_shown) {
  // An export may name two columns alike (two contact columns, say); only a
  // mapped one must be unique, or which one is read would be a guess.
  with_rows(ctx, path, shown, [&](yaml::Reader& reader, CsvReader& rows) {
    const auto& header = rows.header();
    std::vector<std::string> header_names;
    for (const auto& name : header)
      header_names.push_back(name.text);
    std::vector<std::string_view> mapped;
    bool all_there = true;
    const auto column = [&](const std::optional<ColumnMapping>& field) {
      TenderColumn tender_column;
      if (!field)
        return tender_column;
      mapped.push_back(field->column);
      tender_column.name = field->column;
      for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i].text != field->column)
          continue;
        if (tender_column.index)
          reader.error(header[i], "csv.duplicate-column", {{"column", field->column}});
        else
          tender_column.index = i;
      }
      if (!tender_column.index) {
        all_there = false;
        report_not_in_export(ctx, *field, shown, header_names);
      }
      if (field->time || field->amount) {
        tender_column.form = [&ctx, &field = *field, &mapping_shown](
                                 yaml::Reader& cell_reader,
                                 const yaml::Node& cell) -> std::optional<yaml::Node> {
          auto text = field.time ? field.time->to_iso(cell.text)
                                 : field.amount->to_amount(cell.text, ctx.kase.currency.code);
          if (!text) {
            cell_reader.error(cell, "import.bad-value",
                              {{"value", cell.text},
                               {"column", field.column},
                               {"format", field.format_shown},
                               {"mapping", mapping_shown}});
            return std::nullopt;
          }
          yaml::Node read = cell;
          read.text = std::move(*text);
          return read;
        };
      }
      return tender_column;
    };
    TenderColumns tender_columns{column(mapping.id),
                                 column(mapping.supplier),
                                 column(mapping.organisation_number),
                                 column(mapping.supplier_size),
                                 column(mapping.title),
                                 column(mapping.received),
                                 column(mapping.price),
                                 column(mapping.lot),
                                 column(mapping.candidate)};
    // A column the mapping neither maps nor ignores may hold what was meant
    // to be read (a second price column, say): it is named, not passed over.
    std::set<std::string_view> known(mapped.begin(), mapped.end());
    known.insert(mapping.ignore.begin(), mapping.ignore.end());
    for (const auto& name : header) {
      if (!known.contains(name.text)) {
        reader.warning(name, "import.unmapped-column",
                       {{"column", name.text}, {"mapping", mapping_shown}});
      }
    }
    // Without a format, a cell is read as bids/tenders.csv reads it.
    if (!tender_columns.received.form) {
      tender_columns.received.form = [](yaml::Reader&, const yaml::Node& cell) {
        return std::optional(spreadsheet_time(cell));
      };
    }
    if (!tender_columns.price.form) {
      tender_columns.price.form = [&ctx](yaml::Reader&, const yaml::Node& cell) {
        return std::optional(spreadsheet_amount(ctx, cell));
      };
    }
    read_tender_rows(ctx, reader, rows, shown, tender_columns, all_there);
  });
}

void read_price_schedule_csv(Context& ctx, const std::filesystem::path& path,
                             const std::string& shown) {
  with_table(ctx, path, shown, [&](yaml::Reader& reader, CsvColumns& columns, CsvReader& rows) {
    const auto tender_column = columns.required("tender");
    const auto item = columns.required("item");
    const auto description = columns.optional("description");
    const auto unit = columns.optional("unit");
    const auto quantity = columns.required("quantity");
    const auto unit_price = columns.required("unit_price");
    columns.finish();
    if (!tender_column || !item || !quantity || !unit_price)
      return;
    // Tenders whose schedule is in their YAML file get no lines from here.
    std::set<std::string> in_yaml;
    std::set<std::string> reported;
    for (const auto& tender : ctx.tenders) {
      if (!tender.schedule.empty())
        in_yaml.insert(tender.id);
    }
    CsvRow row;
    while (rows.next(row)) {
      const auto* tender_cell = need(reader, row, tender_column, "tender");
      if (tender_cell == nullptr)
        continue;
      Tender* tender = tender_ref(ctx, reader, *tender_cell);
      if (tender == nullptr)
        continue;
      if (in_yaml.contains(tender->id)) {
        if (reported.insert(tender->id).second) {
          reader.error(*tender_cell, "tender.schedule-twice",
                       {{"id", tender->id}, {"first", tender->schedule.front().where.place()}});
        }
        continue;
      }
      PriceLineNodes nodes;
      nodes.item = need(reader, row, item, "item");
      nodes.description = CsvColumns::cell(row, description);
      nodes.unit = CsvColumns::cell(row, unit);
      nodes.quantity = need(reader, row, quantity, "quantity");
      const auto* unit_price_cell = need(reader, row, unit_price, "unit_price");
      yaml::Node unit_price_read;
      if (unit_price_cell != nullptr) {
        unit_price_read = spreadsheet_amount(ctx, *unit_price_cell);
        nodes.unit_price = &unit_price_read;
      }
      if (nodes.item == nullptr)
        continue;
      if (auto line = read_price_line(ctx, reader, nodes, row_span(reader, row))) {
        if (tender->price_where.line == 0)
          tender->price_where = line->where;
        tender->schedule.push_back(std::move(*line));
      }
    }
  });
}

void read_answers_csv(Context& ctx, const std::filesystem::path& path, const std::string& shown) {
  with_table(ctx, path, shown, [&](yaml::Reader& reader, CsvColumns& columns, CsvReader& rows) {
    const auto tender_column = columns.required("tender");
    const auto requirement = columns.required("requirement");
    const auto answer = columns.required("answer");
    columns.finish();
    if (!tender_column || !requirement || !answer)
      return;
    CsvRow row;
    while (rows.next(row)) {
      const auto* tender_cell = need(reader, row, tender_column, "tender");
      const auto* requirement_cell = need(reader, row, requirement, "requirement");
      const auto* answer_cell = need(reader, row, answer, "answer");
      if (tender_cell == nullptr || requirement_cell == nullptr || answer_cell == nullptr)
        continue;
      if (Tender* tender = tender_ref(ctx, reader, *tender_cell))
        add_answer(ctx, reader, *tender, *requirement_cell, *answer_cell);
    }
  });
}

void read_qualification_csv(Context& ctx, const std::filesystem::path& path,
                            const std::string& shown) {
  with_table(ctx, path, shown, [&](yaml::Reader& reader, CsvColumns& columns, CsvReader& rows) {
    const auto tender_column = columns.required("tender");
    const auto requirement = columns.required("requirement");
    const auto result = columns.required("result");
    const auto reason = columns.optional("reason");
    columns.finish();
    if (!tender_column || !requirement || !result)
      return;
    CsvRow row;
    while (rows.next(row)) {
      const auto* tender_cell = need(reader, row, tender_column, "tender");
      const auto* requirement_cell = need(reader, row, requirement, "requirement");
      const auto* result_cell = need(reader, row, result, "result");
      if (tender_cell == nullptr || requirement_cell == nullptr || result_cell == nullptr)
        continue;
      if (const Tender* tender = tender_ref(ctx, reader, *tender_cell)) {
        add_verdict(ctx, reader, *tender, *requirement_cell, *result_cell,
                    CsvColumns::cell(row, reason), shown);
      }
    }
  });
}

void read_scores_csv(Context& ctx, const std::filesystem::path& path, const std::string& shown) {
  with_table(ctx, path, shown, [&](yaml::Reader& reader, CsvColumns& columns, CsvReader& rows) {
    const ScoreColumns score_columns{columns.required("tender"), columns.required("criterion"),
                                     columns.required("evaluator"), columns.required("score"),
                                     columns.required("reason")};
    columns.finish();
    if (!score_columns.tender || !score_columns.criterion || !score_columns.evaluator ||
        !score_columns.score || !score_columns.reason)
      return;
    read_score_parts(ctx, reader, rows, score_columns, shown);
  });
}

}  // namespace procure::evaluation_detail
