#include "procure/load/case_loader.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "procure/core/source_file.hpp"
#include "procure/load/section_readers.hpp"
#include "procure/text/web_address.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/node.hpp"

namespace procure {
namespace {

using load_detail::Context;

void read_languages(Context& ctx, const yaml::Node& node) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<Lang> languages;
  for (const auto& item : *items) {
    const auto code = ctx.reader.text(item);
    if (!code)
      continue;
    const auto lang = parse_lang(*code);
    if (!lang || *code == "no") {
      ctx.reader.error(item, "case.unknown-language", {{"value", *code}});
      continue;
    }
    if (std::find(languages.begin(), languages.end(), *lang) != languages.end()) {
      ctx.reader.error(item, "case.duplicate-language", {{"value", *code}});
      continue;
    }
    languages.push_back(*lang);
  }
  if (!languages.empty()) {
    ctx.kase.languages = languages;
    ctx.reader.set_primary_language(languages.front());
  } else if (items->empty()) {
    ctx.reader.error(node, "case.no-language");
  }
}

}  // namespace

namespace load_detail {

void read_cpv(Context& ctx, const yaml::Node& node, std::vector<CpvCode>& target) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    const auto text = ctx.reader.text(item);
    if (!text)
      continue;
    const auto code = CpvCode::parse(*text);
    if (!code) {
      ctx.reader.report(item, code.problem());
      continue;
    }
    if (std::find(target.begin(), target.end(), *code) != target.end()) {
      ctx.reader.warning(item, "cpv.duplicate", {{"value", *text}});
      continue;
    }
    target.push_back(*code);
  }
}

}  // namespace load_detail

namespace {

void read_localized(Context& ctx, yaml::MapReader& map, std::string_view key, LocalizedText& target,
                    bool required) {
  const auto* n = required ? map.required(key) : map.optional(key);
  if (n == nullptr)
    return;
  ctx.locate(std::string(key), *n);
  // A text per language: each where it stands ("title.en"), for a finding
  // about one of them.
  for (const Lang lang : all_langs) {
    if (const yaml::Node* text = n->is_map() ? n->find(lang_code(lang)) : nullptr)
      ctx.locate(std::string(key) + "." + std::string(lang_code(lang)), *text);
  }
  if (auto v = ctx.reader.localized_text(*n))
    target = *v;
}

// Each meeting and the written input point at the timeline; now that both
// are read, check that every milestone they name exists.
void check_references(Context& ctx) {
  const auto& dialogue = ctx.kase.market_dialogue;
  for (const auto& meeting : dialogue.meetings) {
    load_detail::check_time_ref(ctx, meeting.start);
    load_detail::check_time_ref(ctx, meeting.end);
    if (meeting.registration_deadline)
      load_detail::check_time_ref(ctx, *meeting.registration_deadline);
    const auto start = ctx.kase.timeline.resolve(meeting.start);
    const auto end = ctx.kase.timeline.resolve(meeting.end);
    if (start && end && *end <= *start) {
      ctx.reader.diagnostics().error(
          "dialogue.meeting-ends-before-start",
          {{"id", meeting.id}, {"start", start->iso()}, {"end", end->iso()}}, meeting.end.where);
    } else if (start && end && start->date.days_until(end->date) >= DialogueMeeting::max_days) {
      ctx.reader.diagnostics().error("dialogue.meeting-too-long",
                                     {{"id", meeting.id},
                                      {"start", start->iso()},
                                      {"end", end->iso()},
                                      {"limit", std::to_string(DialogueMeeting::max_days)}},
                                     meeting.end.where);
    }
  }
  if (dialogue.written_input)
    load_detail::check_time_ref(ctx, dialogue.written_input->deadline);
}

void read_case(Context& ctx, const yaml::Node& root) {
  if (root.is_null()) {
    ctx.reader.diagnostics().error("case.empty", {{"path", ctx.reader.source().path()}},
                                   ctx.reader.source().span_at_byte(1, 0));
    return;
  }
  yaml::MapReader map(ctx.reader, root);
  if (!map.is_map())
    return;
  Case& kase = ctx.kase;

  if (const auto* n = map.optional("format")) {
    if (const auto v = ctx.reader.text(*n); v && *v != case_format_v1) {
      ctx.reader.error(*n, "case.unknown-format",
                       {{"value", *v}, {"expected", std::string(case_format_v1)}});
    }
  } else {
    ctx.reader.diagnostics().warning("case.no-format", {{"expected", std::string(case_format_v1)}},
                                     ctx.reader.source().span_at_byte(1, 0));
  }
  // Languages and currency first: free text and amounts elsewhere depend on them.
  if (const auto* n = map.required("languages"))
    read_languages(ctx, *n);
  if (const auto* n = map.optional("currency")) {
    if (const auto code = ctx.reader.text(*n)) {
      if (const auto currency = find_currency(*code)) {
        kase.currency = *currency;
      } else {
        ctx.reader.error(*n, "money.unknown-currency", {{"value", *code}, {"currency", *code}});
      }
    }
  }
  if (const auto* n = map.required("reference")) {
    ctx.locate("reference", *n);
    if (auto v = ctx.reader.text(*n))
      kase.reference = *v;
  }
  read_localized(ctx, map, "title", kase.title, true);
  if (const auto* n = map.required("buyer"))
    load_detail::read_buyer(ctx, *n);
  if (const auto* n = map.optional("contacts"))
    load_detail::read_contacts(ctx, *n);
  read_localized(ctx, map, "background", kase.background, false);
  read_localized(ctx, map, "needs", kase.needs, false);
  read_localized(ctx, map, "scope", kase.scope, false);
  if (const auto* n = map.optional("estimated_value")) {
    ctx.locate("estimated_value", *n);
    kase.estimated_value = ctx.reader.money(*n, kase.currency);
    if (kase.estimated_value && kase.estimated_value->is_negative()) {
      ctx.reader.error(*n, "money.negative", {{"value", n->text}});
      kase.estimated_value.reset();
    }
  }
  if (const auto* n = map.optional("cpv"))
    load_detail::read_cpv(ctx, *n, kase.cpv);
  if (const auto* n = map.optional("category")) {
    ctx.locate("category", *n);
    if (auto v = ctx.reader.choice(*n, contract_category_choices()))
      kase.category = *v;
  }
  if (const auto* n = map.required("procedure")) {
    ctx.locate("procedure", *n);
    if (auto v = ctx.reader.choice(*n, procedure_choices()))
      kase.procedure = *v;
  }
  if (const auto* n = map.optional("regime")) {
    ctx.locate("regime", *n);
    if (auto v = ctx.reader.choice(*n, regime_choices()))
      kase.regime = *v;
  }
  if (const auto* n = map.optional("electronic_submission")) {
    ctx.locate("electronic_submission", *n);
    if (auto v = ctx.reader.boolean(*n))
      kase.electronic_submission = *v;
  }
  if (const auto* n = map.optional("submission_url")) {
    ctx.locate("submission_url", *n);
    if (auto v = ctx.reader.text(*n)) {
      if (is_web_address(*v))
        kase.submission_url = *v;
      else
        ctx.reader.error(*n, "case.bad-url", {{"value", *v}});
    }
  }
  if (const auto* n = map.optional("award_notice_electronic")) {
    ctx.locate("award_notice_electronic", *n);
    if (auto v = ctx.reader.boolean(*n))
      kase.award_notice_electronic = *v;
  }
  if (const auto* n = map.optional("urgency")) {
    ctx.locate("urgency", *n);
    if (auto v = ctx.reader.boolean(*n))
      kase.urgency = *v;
  }
  if (const auto* n = map.optional("prior_information_notice_qualifies")) {
    ctx.locate("prior_information_notice_qualifies", *n);
    if (auto v = ctx.reader.boolean(*n))
      kase.prior_information_notice_qualifies = *v;
  }
  if (const auto* n = map.optional("timeline"))
    load_detail::read_timeline(ctx, *n);
  if (const auto* n = map.optional("closing_days"))
    load_detail::read_closing_days(ctx, *n);
  if (const auto* n = map.optional("market_dialogue"))
    load_detail::read_market_dialogue(ctx, *n);
  if (const auto* n = map.optional("qualification"))
    load_detail::read_qualification(ctx, *n);
  if (const auto* n = map.optional("award"))
    load_detail::read_award(ctx, *n);
  if (const auto* n = map.optional("evaluators"))
    load_detail::read_evaluators(ctx, *n);
  if (const auto* n = map.optional("lots"))
    load_detail::read_lots(ctx, *n);
  if (const auto* n = map.optional("reminders"))
    load_detail::read_reminders(ctx, *n);
  if (const auto* n = map.optional("records"))
    load_detail::read_records(ctx, *n);
  if (const auto* n = map.optional("stages"))
    load_detail::read_stages(ctx, *n);
  if (const auto* n = map.optional("contract"))
    load_detail::read_contract(ctx, *n);
  if (const auto* n = map.optional("tender_terms"))
    load_detail::read_tender_terms(ctx, *n);
  if (const auto* n = map.optional("procurement_record"))
    load_detail::read_procurement_record(ctx, *n);
  map.finish();
  check_references(ctx);
  load_detail::check_stage_references(ctx);
  load_detail::sum_lot_values(ctx);
  if (kase.procedure == Procedure::prize && kase.regime != Regime::none &&
      kase.regime != Regime::derive) {
    if (const auto* where = kase.location("regime")) {
      ctx.reader.diagnostics().error("case.prize-regime",
                                     {{"regime", std::string(name_of(kase.regime))}}, *where);
    }
  }
}

CaseLoad load_source(std::optional<SourceFile> source, CaseLoad load,
                     const yaml::ParseMemo* trees) {
  if (!source)
    return load;
  const auto root = yaml::parse(*source, load.diagnostics, trees);
  if (!root)
    return load;
  load.parsed = true;
  yaml::Reader reader(*source, load.diagnostics);
  Context ctx{reader, load.value};
  read_case(ctx, *root);
  load.diagnostics.sort_by_place();
  return load;
}

std::string join_display(const std::string& folder, std::string_view file) {
  if (folder.empty() || folder == ".")
    return std::string(file);
  return folder.back() == '/' ? folder + std::string(file) : folder + "/" + std::string(file);
}

// The names of the entries in `folder` that may be folders (a link may lead
// to one), sorted; listed only, none asked about its case.yaml. Nothing
// when the folder cannot be listed in full.
std::optional<std::vector<std::string>> folder_names_in(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  DIR* listing = ::opendir(folder.c_str());
  if (listing == nullptr)
    return std::nullopt;
  errno = 0;
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    if (name != "." && name != ".." && entry->d_type != DT_REG)
      names.emplace_back(name);
    errno = 0;
  }
  const bool listed = errno == 0;
  ::closedir(listing);
  if (!listed)
    return std::nullopt;
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

CaseLoad load_case(const std::filesystem::path& folder, const std::string& display_folder,
                   const yaml::ParseMemo* trees) {
  CaseLoad load;
  load.value.folder = folder;
  load.value.case_file = join_display(display_folder, case_file_name);
  auto source = yaml::with_yaml_line_breaks(
      read_source_file(folder / case_file_name, load.value.case_file, load.diagnostics));
  return load_source(std::move(source), std::move(load), trees);
}

CaseLoad load_case_as_read(const std::filesystem::path& folder, const std::string& display_folder,
                           std::string text_as_read, const yaml::ParseMemo* trees) {
  CaseLoad load;
  load.value.folder = folder;
  load.value.case_file = join_display(display_folder, case_file_name);
  SourceFile source(load.value.case_file, std::move(text_as_read));
  return load_source(std::move(source), std::move(load), trees);
}

CaseLoad load_case_text(std::string display_path, std::string text, const yaml::ParseMemo* trees) {
  CaseLoad load;
  load.value.case_file = display_path;
  auto source = yaml::with_yaml_line_breaks(
      make_source_file(std::move(display_path), std::move(text), load.diagnostics));
  return load_source(std::move(source), std::move(load), trees);
}

bool holds_case_file(const std::filesystem::path& folder) {
  const auto file = folder / case_file_name;
  struct stat st {};
  return ::stat(file.c_str(), &st) == 0 ? S_ISREG(st.st_mode) : !nothing_at(file);
}

bool is_case(const CaseCandidate& candidate) {
  return candidate.known_case || holds_case_file(candidate.location.folder);
}

std::vector<CaseCandidate> find_case_candidates(const std::vector<std::string>& arguments,
                                                Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::vector<CaseCandidate> found;
  for (const auto& argument : arguments) {
    std::error_code ec;
    const fs::path path(argument);
    if (nothing_at(path)) {
      diagnostics.error("case.not-found", {{"path", argument}});
      continue;
    }
    // Anything else named case.yaml is the case's file: loading it says
    // what is wrong with it (a pipe, a file that cannot be read).
    if (!fs::is_directory(path, ec)) {
      if (path.filename() == case_file_name) {
        const auto parent = path.parent_path();
        found.push_back({{parent.empty() ? fs::path(".") : parent,
                          parent.empty() ? std::string(".") : parent.string()},
                         true});
      } else if (ec) {
        diagnostics.error("file.unreadable", {{"path", argument}});
      } else {
        diagnostics.error("case.not-a-case-file", {{"path", argument}});
      }
      continue;
    }
    // A case.yaml that is there but unreadable (a folder, a broken link) is still
    // this folder's case: loading it says what is wrong with it.
    if (fs::exists(fs::symlink_status(path / case_file_name, ec))) {
      found.push_back({{path, argument}, true});
      continue;
    }
    // The first folder that holds a case.yaml is asked here, so that a folder
    // without cases is reported now; the folders after it are left unasked.
    const auto listed = folder_names_in(path);
    if (!listed) {
      diagnostics.error("folder.unreadable", {{"path", argument}});
      continue;
    }
    const std::vector<std::string>& children = *listed;
    const auto first =
        std::find_if(children.begin(), children.end(),
                     [&](const std::string& child) { return holds_case_file(path / child); });
    if (first == children.end()) {
      diagnostics.error("case.folder-without-cases", {{"path", argument}});
      continue;
    }
    found.reserve(found.size() + static_cast<std::size_t>(children.end() - first));
    for (auto child = first; child != children.end(); ++child)
      found.push_back({{path / *child, join_display(argument, *child)}, child == first});
  }
  return found;
}

std::vector<CaseLocation> find_cases(const std::vector<std::string>& arguments,
                                     Diagnostics& diagnostics) {
  std::vector<CaseLocation> found;
  for (auto& candidate : find_case_candidates(arguments, diagnostics)) {
    if (is_case(candidate))
      found.push_back(std::move(candidate.location));
  }
  return found;
}

}  // namespace procure
