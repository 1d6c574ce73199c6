// procure-check: loads case folders and reports every problem, with a short
// summary of each case that could be read.
#include <memory>
#include <ostream>

#include <nlohmann/json.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/table.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
};

struct CheckedCase {
  CaseLocation location;
  CaseLoad load;
};

std::string count_phrase(const ToolContext& ctx, std::string_view key, std::size_t n) {
  return ctx.tr(std::string(key) + (n == 1 ? ".one" : ".many"), {{"n", std::to_string(n)}});
}

std::string result_phrase(const ToolContext& ctx, const Diagnostics& diagnostics) {
  const auto errors = static_cast<std::size_t>(diagnostics.error_count());
  const auto warnings = static_cast<std::size_t>(diagnostics.warning_count());
  if (errors == 0 && warnings == 0)
    return ctx.tr("ui.check.result-ok");
  if (diagnostics.truncated()) {
    return ctx.tr("ui.check.result-truncated", {{"limit", std::to_string(Diagnostics::max_items)}});
  }
  std::string text;
  if (errors > 0)
    text = count_phrase(ctx, "ui.count.errors", errors);
  if (warnings > 0)
    text += (text.empty() ? "" : ", ") + count_phrase(ctx, "ui.count.warnings", warnings);
  return text;
}

std::string timeline_phrase(const ToolContext& ctx, const Timeline& timeline) {
  if (timeline.milestones.empty())
    return ctx.tr("ui.check.none");
  Date first = timeline.milestones.front().earliest_date();
  Date last = timeline.milestones.front().latest_date();
  for (const auto& m : timeline.milestones) {
    first = std::min(first, m.earliest_date());
    last = std::max(last, m.latest_date());
  }
  return count_phrase(ctx, "ui.count.milestones", timeline.milestones.size()) + ", " + first.iso() +
         " – " + last.iso();
}

std::string criteria_phrase(const ToolContext& ctx, const AwardCriteria& award) {
  std::string text = count_phrase(ctx, "ui.count.main-criteria", award.criteria.size());
  const auto total = award.all().size();
  if (total != award.criteria.size())
    text += ", " + ctx.tr("ui.check.in-all", {{"n", std::to_string(total)}});
  if (award.price_model) {
    text += "; " + ctx.tr("ui.check.price-model",
                          {{"model", ctx.tr(display_key(award.price_model->kind))}});
  }
  return text;
}

void print_summary(const ToolContext& ctx, const CheckedCase& checked) {
  const Case& c = checked.load.value;
  std::ostream& out = *ctx.out;
  out << checked.location.display << "\n";
  Table table;
  // A case with errors may hold defaults where values could not be read: show none of it.
  if (checked.load.ok()) {
    const Lang primary = c.primary_language();
    table.add_row({ctx.tr("ui.check.reference"), c.reference});
    table.add_row({ctx.tr("ui.check.title"), std::string(c.title.in(ctx.lang, primary))});
    std::string buyer = c.buyer.name;
    if (c.buyer.organisation_number) {
      buyer +=
          ", " + ctx.tr("ui.check.orgnr", {{"number", c.buyer.organisation_number->grouped()}});
    }
    table.add_row(
        {ctx.tr("ui.check.buyer"), buyer + " (" + ctx.tr(display_key(c.buyer.kind)) + ")"});
    const bool prize = c.procedure == Procedure::prize;
    std::string procedure = ctx.tr(display_key(c.procedure)) + "; " + ctx.tr(display_key(c.regime));
    if (!prize)
      procedure += "; " + ctx.tr(display_key(c.category));
    table.add_row({ctx.tr("ui.check.procedure"), procedure});
    if (c.estimated_value) {
      const std::string amount = format_money(*c.estimated_value, ctx.lang);
      if (prize) {
        table.add_row({ctx.tr("ui.check.prize-sum"), amount});
      } else {
        table.add_row(
            {ctx.tr("ui.check.value"), ctx.tr("ui.check.excl-vat", {{"amount", amount}})});
      }
    }
    if (!c.cpv.empty()) {
      std::string codes;
      for (const auto& code : c.cpv)
        codes += (codes.empty() ? "" : ", ") + code.code();
      table.add_row({"CPV", codes});
    }
    table.add_row({ctx.tr("ui.check.timeline"), timeline_phrase(ctx, c.timeline)});
    if (!c.market_dialogue.empty()) {
      std::string dialogue =
          count_phrase(ctx, "ui.count.meetings", c.market_dialogue.meetings.size());
      if (c.market_dialogue.written_input) {
        dialogue += ", " + count_phrase(ctx, "ui.count.questions",
                                        c.market_dialogue.written_input->questions.size());
      }
      table.add_row({ctx.tr("ui.check.dialogue"), dialogue});
    }
    if (!c.qualification.empty()) {
      table.add_row({ctx.tr("ui.check.qualification"),
                     count_phrase(ctx, "ui.count.requirements", c.qualification.size())});
    }
    if (c.award)
      table.add_row({ctx.tr("ui.check.criteria"), criteria_phrase(ctx, *c.award)});
    if (!c.evaluators.empty()) {
      table.add_row({ctx.tr("ui.check.evaluators"), std::to_string(c.evaluators.size())});
    }
  }
  table.add_row({ctx.tr("ui.check.result"), result_phrase(ctx, checked.load.diagnostics)});
  out << table.render("  ");
}

nlohmann::json localized_json(const LocalizedText& text) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [lang, value] : text.all())
    j[std::string(lang_code(lang))] = value;
  return j;
}

nlohmann::json case_json(const ToolContext& ctx, const CheckedCase& checked) {
  const Case& c = checked.load.value;
  const auto& diagnostics = checked.load.diagnostics;
  nlohmann::json j;
  j["folder"] = checked.location.display;
  j["case_file"] = c.case_file;
  j["status"] = diagnostics.has_errors()          ? "errors"
                : diagnostics.warning_count() > 0 ? "warnings"
                                                  : "ok";
  j["errors"] = diagnostics.error_count();
  j["warnings"] = diagnostics.warning_count();
  if (checked.load.parsed) {
    j["reference"] = c.reference;
    j["title"] = localized_json(c.title);
    nlohmann::json languages = nlohmann::json::array();
    for (const Lang lang : c.languages)
      languages.push_back(std::string(lang_code(lang)));
    j["languages"] = languages;
    j["buyer"] = {
        {"name", c.buyer.name},
        {"organisation_number", c.buyer.organisation_number
                                    ? nlohmann::json(c.buyer.organisation_number->digits())
                                    : nullptr},
        {"kind", std::string(name_of(c.buyer.kind))}};
    j["procedure"] = std::string(name_of(c.procedure));
    j["regime"] = std::string(name_of(c.regime));
    j["category"] = std::string(name_of(c.category));
    if (c.estimated_value) {
      j["estimated_value"] = {{"currency", std::string(c.estimated_value->currency().code)},
                              {"amount", c.estimated_value->amount().to_string()}};
    }
    nlohmann::json cpv = nlohmann::json::array();
    for (const auto& code : c.cpv)
      cpv.push_back(code.code());
    j["cpv"] = cpv;
    nlohmann::json milestones = nlohmann::json::array();
    for (const auto& m : c.timeline.milestones) {
      nlohmann::json entry{{"id", m.id}, {"standard", m.kind != MilestoneKind::custom}};
      if (const auto* exact = m.exact()) {
        entry["date"] = exact->date.iso();
        entry["time"] = exact->time ? nlohmann::json(exact->time->iso()) : nullptr;
      } else {
        const auto& window = std::get<DateWindow>(m.when);
        entry["window"] = {{"first", window.first.iso()},
                           {"last", window.last.iso()},
                           {"as_written", window.iso()}};
      }
      milestones.push_back(entry);
    }
    j["milestones"] = milestones;
    j["dialogue"] = {
        {"meetings", c.market_dialogue.meetings.size()},
        {"questions",
         c.market_dialogue.written_input ? c.market_dialogue.written_input->questions.size() : 0}};
    j["qualification_requirements"] = c.qualification.size();
    if (c.award) {
      j["criteria"] = {{"main", c.award->criteria.size()}, {"total", c.award->all().size()}};
      j["price_model"] = c.award->price_model
                             ? nlohmann::json(std::string(
                                   name_in(price_model_choices(), c.award->price_model->kind)))
                             : nullptr;
    }
    j["evaluators"] = c.evaluators.size();
  }
  j["diagnostics"] = diagnostics_to_json(diagnostics, app_catalog(), ctx.lang);
  return j;
}

int run_check(const CheckOptions& options, ToolContext& ctx) {
  Diagnostics discovery;
  std::vector<CheckedCase> cases;
  for (auto& location : find_cases(options.paths, discovery)) {
    CaseLoad load = load_case(location.folder, location.display);
    cases.push_back({std::move(location), std::move(load)});
  }
  std::size_t with_errors = 0;
  for (const auto& c : cases)
    with_errors += c.load.diagnostics.has_errors() ? 1u : 0u;

  if (ctx.json) {
    nlohmann::json document;
    document["tool"] = "check";
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : cases)
      list.push_back(case_json(ctx, c));
    document["cases"] = list;
    document["diagnostics"] = diagnostics_to_json(discovery, app_catalog(), ctx.lang);
    document["summary"] = {
        {"cases", cases.size()}, {"ok", cases.size() - with_errors}, {"with_errors", with_errors}};
    print_json(ctx, document);
  } else {
    ctx.print_diagnostics(discovery);
    for (std::size_t i = 0; i < cases.size(); ++i) {
      if (i > 0)
        *ctx.out << "\n";
      ctx.print_diagnostics(cases[i].load.diagnostics);
      print_summary(ctx, cases[i]);
    }
    if (cases.size() > 1) {
      *ctx.out << "\n"
               << ctx.tr("ui.check.tally",
                         {{"cases", count_phrase(ctx, "ui.count.cases", cases.size())},
                          {"ok", std::to_string(cases.size() - with_errors)},
                          {"failed", std::to_string(with_errors)}})
               << "\n";
    }
  }
  return (discovery.has_errors() || with_errors > 0) ? exit_bad_input : exit_ok;
}

void setup_check(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<CheckOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  app.callback([options, &ctx] { ctx.raise_exit(run_check(*options, ctx)); });
}

}  // namespace

const ToolInfo check_tool{"check", "ui.check.summary", setup_check};

}  // namespace procure::cli
