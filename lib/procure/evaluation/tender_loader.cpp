#include "procure/evaluation/tender_loader.hpp"

#include <algorithm>
#include <span>

#include "procure/evaluation/price_schedule.hpp"
#include "procure/evaluation/tender_readers.hpp"
#include "procure/model/lot_view.hpp"
#include "procure/text/formatting.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {
namespace {

namespace fs = std::filesystem;
using evaluation_detail::Context;

// The visible entries of a folder, sorted by name so that every run reads in
// the same order; nothing, reported, when the folder cannot be listed in full.
std::optional<std::vector<fs::directory_entry>> entries_of(const fs::path& folder,
                                                           const std::string& shown_folder,
                                                           Diagnostics& diagnostics) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (!it->path().filename().string().starts_with("."))
      entries.push_back(*it);
  }
  if (ec) {
    diagnostics.error("folder.unreadable", {{"path", shown_folder}});
    return std::nullopt;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return entries;
}

bool is_yaml(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

// A YAML file's name is the id of its tender: it must be one.
std::optional<std::string> id_of(Context& ctx, const fs::path& path, const std::string& shown) {
  const std::string stem = path.stem().string();
  if (yaml::is_identifier(stem))
    return stem;
  ctx.load.diagnostics.error("tender.bad-file-name", {{"path", shown}, {"id", stem}});
  return std::nullopt;
}

bool has_price_criterion(const Case& kase) {
  if (!kase.award)
    return false;
  const auto all = kase.award->all();
  return std::any_of(all.begin(), all.end(),
                     [](const Criterion* c) { return c->kind == CriterionKind::price; });
}

// The evaluated price of each tender: its schedule's total, else its stated price.
void settle_prices(Context& ctx) {
  for (auto& tender : ctx.tenders) {
    const bool needs_price = has_price_criterion(ctx.case_of(tender));
    if (!tender.schedule.empty()) {
      const auto total = schedule_total(tender.schedule, ctx.kase.currency);
      if (!total) {
        ctx.load.diagnostics.error("tender.price-too-large", {{"id", tender.id}},
                                   tender.price_where);
        continue;
      }
      if (tender.stated_price && *tender.stated_price != *total) {
        ctx.load.diagnostics.warning("tender.price-mismatch",
                                     {{"id", tender.id},
                                      {"stated", format_money(*tender.stated_price, Lang::en)},
                                      {"computed", format_money(*total, Lang::en)}},
                                     tender.price_where);
      }
      tender.price = total;
    } else {
      tender.price = tender.stated_price;
    }
    if (needs_price && !tender.price && tender.price_where.line == 0)
      ctx.load.diagnostics.error("tender.no-price", {{"id", tender.id}}, tender.where);
  }
}

// One supplier, one tender: a second one from the same organisation is
// worth a look (unless alternative tenders were allowed). Prizes take
// several applications from one applicant.
void check_suppliers(Context& ctx) {
  if (ctx.kase.procedure == Procedure::prize)
    return;
  std::map<std::string, const Tender*> by_number;
  for (const auto& tender : ctx.tenders) {
    if (!tender.supplier.organisation_number)
      continue;
    // In a case divided into lots a supplier sends one tender a lot.
    const auto [it, added] = by_number.try_emplace(
        tender.lot + "/" + tender.supplier.organisation_number->digits(), &tender);
    if (!added) {
      ctx.load.diagnostics.warning("tender.same-supplier",
                                   {{"id", tender.id},
                                    {"other", it->second->id},
                                    {"number", tender.supplier.organisation_number->grouped()}},
                                   tender.where);
    }
  }
}

using YamlFileReader = void (*)(Context&, const fs::path&, const std::string&, const std::string&);
using TableReader = void (*)(Context&, const fs::path&, const std::string&);

// The table `name` is (a table of `tables`): the name itself, or for
// evaluation tables one evaluator's own, "scores-eva.csv", or an
// evaluator's of a lot, "scores-eva-analyse.csv", as procure-score import
// writes them: an evaluator's id, a '-' and a lot's id may be as long as
// two identifiers and a '-'.
bool is_table_owner(std::string_view owner) {
  constexpr std::size_t identifier_length = 64;
  if (owner.size() > 2 * identifier_length + 1)
    return false;
  // Written as an identifier is: starts as one, only its characters.
  return yaml::is_identifier(owner.substr(0, identifier_length)) &&
         std::all_of(owner.begin(), owner.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

const std::string_view* table_of(std::span<const std::string_view> tables, const std::string& name,
                                 bool per_evaluator) {
  for (const auto& table : tables) {
    if (name == table)
      return &table;
    const auto stem = table.substr(0, table.size() - 4);  // without ".csv"
    if (per_evaluator && name.starts_with(std::string(stem) + "-") && name.ends_with(".csv") &&
        is_table_owner(name.substr(stem.size() + 1, name.size() - stem.size() - 5)))
      return &table;
  }
  return nullptr;
}

// Reads the YAML files of a folder (one a tender) with `read_yaml`, and
// returns the tables among `tables` that it holds; other files are left
// unread with a warning, sub-folders (attachments) silently, and so are the
// `mapped` files (an import mapping and its export), read on their own.
// Nothing when the folder cannot be listed.
std::optional<std::multimap<std::string_view, fs::path>> scan_folder(
    Context& ctx, const fs::path& folder, const std::string& shown_folder, YamlFileReader read_yaml,
    std::span<const std::string_view> tables, bool per_evaluator = false,
    std::span<const std::string> mapped = {}) {
  std::multimap<std::string_view, fs::path> found;
  std::string expected = "<id>.yaml";
  for (const auto table : tables)
    expected += ", " + std::string(table);
  const auto entries = entries_of(folder, shown_folder, ctx.load.diagnostics);
  if (!entries)
    return std::nullopt;
  std::error_code ec;
  for (const auto& entry : *entries) {
    const fs::path& path = entry.path();
    const std::string name = path.filename().string();
    const std::string shown = display_join(shown_folder, name);
    if (entry.is_directory(ec) || std::find(mapped.begin(), mapped.end(), name) != mapped.end())
      continue;
    const auto* table = table_of(tables, name, per_evaluator);
    if (is_yaml(path)) {
      if (const auto id = id_of(ctx, path, shown))
        read_yaml(ctx, path, shown, *id);
    } else if (table != nullptr) {
      found.emplace(*table, path);
    } else {
      ctx.load.diagnostics.warning("tender.unknown-file",
                                   {{"path", shown}, {"expected", expected}});
    }
  }
  return found;
}

void read_table(Context& ctx, const std::multimap<std::string_view, fs::path>& found,
                std::string_view name, const std::string& shown_folder, TableReader read) {
  const auto [first, last] = found.equal_range(name);
  for (auto it = first; it != last; ++it)
    read(ctx, it->second, display_join(shown_folder, it->second.filename().string()));
}

// False when the folder could not be listed (reported).
bool read_bids(Context& ctx, const fs::path& folder, const std::string& shown_folder) {
  static constexpr std::string_view tables[] = {"tenders.csv", "price-schedule.csv", "answers.csv"};
  // An import mapping, when there is one, says how to read the export it names.
  std::optional<ImportMapping> mapping;
  std::vector<std::string> mapped;
  std::error_code ec;
  const std::string mapping_shown = display_join(shown_folder, std::string(import_mapping_file));
  if (fs::is_regular_file(folder / import_mapping_file, ec)) {
    mapping = read_import_mapping(folder / import_mapping_file, mapping_shown, ctx.load.diagnostics,
                                  ctx.kase.primary_language(), tables);
    mapped.emplace_back(import_mapping_file);
    // The export is read through the mapping; an own table it names by
    // mistake (reported) is still read as it is.
    if (std::find(std::begin(tables), std::end(tables), mapping->file) == std::end(tables))
      mapped.push_back(mapping->file);
  }
  const auto found = scan_folder(ctx, folder, shown_folder, evaluation_detail::read_tender_yaml,
                                 tables, false, mapped);
  if (!found)
    return false;
  read_table(ctx, *found, "tenders.csv", shown_folder, evaluation_detail::read_tenders_csv);
  if (mapping && mapping->usable) {
    evaluation_detail::read_tender_export(ctx, *mapping, folder / mapping->file,
                                          display_join(shown_folder, mapping->file), mapping_shown);
  }
  // Schedules and answers refer to tenders by id: all tenders are known first.
  std::sort(ctx.tenders.begin(), ctx.tenders.end(),
            [](const Tender& a, const Tender& b) { return a.id < b.id; });
  ctx.index_tenders();
  read_table(ctx, *found, "price-schedule.csv", shown_folder,
             evaluation_detail::read_price_schedule_csv);
  read_table(ctx, *found, "answers.csv", shown_folder, evaluation_detail::read_answers_csv);
  return true;
}

void read_assessments(Context& ctx, const fs::path& folder, const std::string& shown_folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    return;  // nothing assessed yet: the evaluation says what is missing
  static constexpr std::string_view tables[] = {"qualification.csv", "scores.csv"};
  const auto found =
      scan_folder(ctx, folder, shown_folder, evaluation_detail::read_assessment_yaml, tables, true);
  if (!found)
    return;
  read_table(ctx, *found, "qualification.csv", shown_folder,
             evaluation_detail::read_qualification_csv);
  read_table(ctx, *found, "scores.csv", shown_folder, evaluation_detail::read_scores_csv);
}

}  // namespace

const Tender* TenderLoad::find(std::string_view id) const {
  const auto it =
      std::lower_bound(tenders.begin(), tenders.end(), id,
                       [](const Tender& t, std::string_view key) { return t.id < key; });
  return it != tenders.end() && it->id == id ? &*it : nullptr;
}

const Assessment* TenderLoad::assessment(std::string_view id) const {
  const auto it = assessments.find(std::string(id));
  return it != assessments.end() ? &it->second : nullptr;
}

std::string display_join(const std::string& folder, const std::string& relative) {
  if (folder.empty() || folder == ".")
    return relative;
  return folder.back() == '/' ? folder + relative : folder + "/" + relative;
}

TenderLoad load_tenders(const Case& kase, const fs::path& case_folder,
                        const std::string& display_folder, bool with_assessments,
                        const TaskRunner& parallel) {
  TenderLoad load;
  std::map<std::string, Case, std::less<>> lot_views;
  for (const auto& lot : kase.lots.lots)
    lot_views.emplace(lot.id, lot_view(kase, lot));
  Context ctx{kase, load, load.tenders, lot_views, parallel};
  const std::string shown_bids = display_join(display_folder, std::string(bids_folder));
  std::error_code ec;
  if (!fs::is_directory(case_folder / bids_folder, ec)) {
    load.diagnostics.error("tender.no-bids-folder", {{"path", shown_bids}});
    return load;
  }
  // With no tenders known, each assessment would be reported as of no tender.
  if (!read_bids(ctx, case_folder / bids_folder, shown_bids)) {
    load.diagnostics.sort_by_place();
    return load;
  }
  settle_prices(ctx);
  check_suppliers(ctx);
  if (load.tenders.empty() && !load.diagnostics.has_errors())
    load.diagnostics.error("tender.none", {{"path", shown_bids}});
  if (with_assessments) {
    read_assessments(ctx, case_folder / evaluation_folder,
                     display_join(display_folder, std::string(evaluation_folder)));
  }
  load.diagnostics.sort_by_place();
  return load;
}

TenderLoad load_requests(const Case& kase, const fs::path& case_folder,
                         const std::string& display_folder) {
  TenderLoad load;
  const std::map<std::string, Case, std::less<>> no_lots;
  const TaskRunner in_turn;
  Context ctx{kase, load, load.tenders, no_lots, in_turn};
  std::error_code ec;
  if (fs::is_directory(case_folder / requests_folder, ec) &&
      read_bids(ctx, case_folder / requests_folder,
                display_join(display_folder, std::string(requests_folder))))
    check_suppliers(ctx);
  load.diagnostics.sort_by_place();
  return load;
}

}  // namespace procure
