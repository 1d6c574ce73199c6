#include "shown_cases.hpp"

#include <algorithm>

#include "check/check_json.hpp"
#include "check/check_summary.hpp"
#include "common/app_catalog.hpp"
#include "common/cache_entry.hpp"
#include "common/case_answers.hpp"
#include "common/case_template.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_writer.hpp"

namespace procure::cli {
namespace {

constexpr std::string_view shown_magic = "procure check shown 5\n";

void write_shown(EntryWriter& w, const ShownCase& shown) {
  w.number(shown.has_errors ? 1 : 0);
  w.number(shown.breaks_rules ? 1 : 0);
  w.string(shown.problems);
  w.string(shown.summary);
  w.string(shown.json);
}

std::optional<ShownCase> read_shown(EntryReader& r) {
  ShownCase shown;
  shown.has_errors = r.small(0, 1) == 1;
  shown.breaks_rules = r.small(0, 1) == 1;
  shown.problems = r.string();
  shown.summary = r.string();
  shown.json = r.string();
  if (!r.at_end())
    return std::nullopt;
  return shown;
}

// Whether every file the checks looked for is in the case's folder, whose
// files the entry is kept for: a mini-competition's folder may be named
// outside it (../, or from /), and a case that names one is checked every run.
bool looked_only_inside(const CheckedCase& checked) {
  if (!checked.rules)
    return true;
  const std::filesystem::path folder = checked.location.folder.lexically_normal();
  return std::all_of(checked.rules->files_looked_for.begin(), checked.rules->files_looked_for.end(),
                     [&](const std::filesystem::path& file) {
                       const auto relative = file.lexically_normal().lexically_relative(folder);
                       return !relative.empty() && *relative.begin() != "..";
                     });
}

// One case from its entry, or checked (and kept, where `answers` can);
// nullopt for a candidate that is no case.
std::optional<ShownCase> show_one_case(const ToolContext& ctx, const CaseCandidate& candidate,
                                       const RuleTables& tables, const std::vector<Case>& blanks,
                                       const yaml::ParseMemo* trees, const CaseAnswers* answers) {
  const CaseLocation& location = candidate.location;
  if (answers != nullptr) {
    const CaseAnswers::Found found = answers->find(candidate);
    if (!found.is_case())
      return std::nullopt;
    if (auto r = found.answer()) {
      if (auto shown = read_shown(*r)) {
        answers->carry(found);
        return std::move(*shown);
      }
    }
  } else if (!is_case(candidate)) {
    return std::nullopt;
  }
  // A case whose answer is kept keeps no tree of its case.yaml besides: it
  // would be a file a case for a first run to make (in a cache folder just
  // emptied, an ext4 without a journal makes each slowly), and the next run
  // reads the answer.
  const CheckedCase checked = check_case(location, tables, blanks, answers ? nullptr : trees);
  ShownCase shown = shown_case(ctx, checked);
  if (answers != nullptr && looked_only_inside(checked) &&
      !holds_failed_read(checked.load.diagnostics)) {
    // Stated only now, after they were read: see CaseAnswers::keep.
    if (const std::optional<CaseFiles> files = folder_files(location.folder)) {
      EntryWriter w;
      write_shown(w, shown);
      answers->keep(location, *files, w.text());
    }
  }
  return shown;
}

}  // namespace

ShownCase shown_case(const ToolContext& ctx, const CheckedCase& checked) {
  ShownCase shown;
  shown.has_errors = checked.has_errors();
  shown.breaks_rules = checked.breaks_rules();
  if (ctx.json) {
    shown.json = JsonWriter::dumped_part(case_json(ctx, checked));
    return shown;
  }
  for (const auto& d : checked.load.diagnostics.items())
    shown.problems += format_diagnostic(d, app_catalog(), ctx.lang);
  if (checked.rules) {
    for (const auto& d : checked.rules->findings.items())
      shown.problems += format_diagnostic(d, app_catalog(), ctx.lang);
  }
  shown.summary = case_summary_text(ctx, checked);
  return shown;
}

std::optional<CaseFiles> check_input_files(const ToolContext& ctx,
                                           const std::filesystem::path& rules_folder) {
  auto files = folder_files(rules_folder);
  const auto templates = folder_files(case_template_folder(ctx.data_dir));
  if (!files || !templates)
    return std::nullopt;
  files->insert(files->end(), templates->begin(), templates->end());
  return files;
}

std::vector<ShownCase> shown_cases(const ToolContext& ctx,
                                   const std::vector<std::string>& arguments,
                                   const std::vector<CaseCandidate>& candidates,
                                   const RuleTables& tables, const std::vector<Case>& blanks,
                                   const yaml::ParseMemo* trees, const EvidenceCache* evidence,
                                   const CaseFiles* inputs, unsigned workers) {
  std::optional<CaseAnswers> answers;
  // The language and the form asked: what else the entries are for.
  const std::string question = std::string(lang_code(ctx.lang)) + (ctx.json ? " json" : " text");
  if (evidence != nullptr && inputs != nullptr)
    answers.emplace(*evidence, shown_magic, ".checks", *inputs, arguments, question);
  auto shown =
      parallel_map<std::optional<ShownCase>>(candidates.size(), workers, [&](std::size_t i) {
        return show_one_case(ctx, candidates[i], tables, blanks, trees,
                             answers ? &*answers : nullptr);
      });
  if (answers)
    answers->finish();
  std::vector<ShownCase> cases;
  cases.reserve(shown.size());
  for (auto& one : shown) {
    if (one)
      cases.push_back(std::move(*one));
  }
  return cases;
}

}  // namespace procure::cli
