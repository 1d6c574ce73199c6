// procure-score open: seals the tenders in bids/ in an opening protocol,
// with each one's time received, price and whether it came in late.
#include <memory>
#include <ostream>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/output_file.hpp"
#include "common/table.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/text/formatting.hpp"
#include "procure/text/visible_controls.hpp"
#include "score_commands.hpp"
#include "score_format.hpp"
#include "score_input.hpp"

namespace procure::cli {
namespace {

struct OpenOptions {
  std::string folder;
  std::string now;
  int round = 0;
};

nlohmann::json protocol_json(const OpeningProtocol& protocol, const std::string& shown,
                             const ToolContext& ctx) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& file : protocol.files)
    files.push_back({{"path", file.path}, {"sha256", file.sha256}});
  nlohmann::json tenders = nlohmann::json::array();
  for (const auto& tender : protocol.tenders) {
    nlohmann::json entry{
        {"id", tender.id},
        {"supplier", tender.supplier},
        {"organisation_number", tender.organisation_number.empty()
                                    ? nlohmann::json(nullptr)
                                    : nlohmann::json(tender.organisation_number)},
        {"received", iso_oslo(tender.received)},
        {"price", tender.price ? nlohmann::json(tender.price->amount().to_string()) : nullptr},
        {"status", tender.late ? "late" : "on-time"}};
    if (tender.late) {
      const MessageArgs args{{"received", iso_oslo(tender.received)},
                             {"deadline", iso_oslo(protocol.deadline)}};
      entry["rejection"] = {{"code", "reject.late"},
                            {"message", ctx.tr("reject.late", args)},
                            {"rule", std::string(app_catalog().rule("reject.late"))}};
    }
    tenders.push_back(entry);
  }
  return {{"protocol", shown},
          {"case", protocol.case_reference},
          {"tender_deadline", iso_oslo(protocol.deadline)},
          {"opened_at", iso_oslo(protocol.opened_at)},
          {"replaces",
           protocol.replaces.empty() ? nlohmann::json(nullptr) : nlohmann::json(protocol.replaces)},
          {"files", files},
          {"tenders", tenders}};
}

void print_protocol(const OpeningProtocol& protocol, const std::string& shown,
                    const ToolContext& ctx) {
  std::ostream& out = *ctx.out;
  const Lang lang = ctx.lang;
  out << ctx.tr("ui.score.open.written", {{"path", visible_controls(shown)}}) << "\n";
  Table facts;
  facts.add_row(
      {ctx.tr("ui.score.deadline"), format_date_time_long(oslo_local(protocol.deadline), lang)});
  facts.add_row(
      {ctx.tr("ui.score.opened-at"), format_date_time_long(oslo_local(protocol.opened_at), lang)});
  facts.add_row({ctx.tr("ui.score.sealed"),
                 ctx.tr(protocol.files.size() == 1 ? "ui.count.files.one" : "ui.count.files.many",
                        {{"n", std::to_string(protocol.files.size())}})});
  out << facts.render("  ") << "\n";
  Table table({ctx.tr("ui.score.tender"), ctx.tr("ui.score.supplier"), ctx.tr("ui.score.orgnr"),
               ctx.tr("ui.score.received"), ctx.tr("ui.score.price"), ctx.tr("ui.score.status")});
  table.align_right(4);
  for (const auto& tender : protocol.tenders) {
    std::string org = tender.organisation_number;
    if (const auto number = OrganisationNumber::parse(org))
      org = number->grouped();
    table.add_row({tender.id, tender.supplier, org, time_text(tender.received),
                   tender.price ? format_money(*tender.price, lang) : "",
                   ctx.tr(tender.late ? "ui.score.status.late" : "ui.score.status.on-time")});
  }
  out << table.render();
  for (const auto& tender : protocol.tenders) {
    if (!tender.late)
      continue;
    const MessageArgs args{{"received", iso_oslo(tender.received)},
                           {"deadline", iso_oslo(protocol.deadline)}};
    out << "\n"
        << ctx.tr("ui.score.rejected-tender", {{"id", visible_controls(tender.id)}}) << ": "
        << ctx.tr("reject.late", args) << "\n  " << ctx.tr("ui.label.rule") << ": "
        << app_catalog().rule("reject.late") << "\n";
  }
}

int run_open(const OpenOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto now = parse_now(options.now, diagnostics);
  auto score_case = load_score_case(options.folder, options.round, diagnostics);
  if (!now || !score_case)
    return ctx.fail(diagnostics, exit_bad_input);
  const Case& kase = score_case->kase();
  const std::string& shown_folder = score_case->location.display;
  if (*now <= score_case->deadline) {
    diagnostics.error("opening.before-deadline",
                      {{"now", iso_oslo(*now)}, {"deadline", iso_oslo(score_case->deadline)}});
    return ctx.fail(diagnostics, exit_bad_input);
  }
  TenderLoad tenders = load_tenders(kase, score_case->location.folder, shown_folder, false);
  diagnostics.append(tenders.diagnostics);
  check_tender_lots(kase, tenders, diagnostics);
  check_received_by_opening(tenders, *now, diagnostics);
  auto files = seal_bids(score_case->location.folder, shown_folder, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);

  const auto target = score_case->location.folder / opening_protocol_file;
  const std::string shown = display_join(shown_folder, std::string(opening_protocol_file));
  // The protocol is the case's own file: made once, never replaced.
  const OpeningProtocol protocol =
      make_opening_protocol(kase, tenders, std::move(files), score_case->deadline, *now, {});
  const std::string text = opening_protocol_yaml(protocol, ctx.tr("ui.score.protocol-comment"));
  if (!fits_opening_protocol_limits(protocol, text, diagnostics))
    return ctx.fail(diagnostics, exit_bad_input);
  if (!create_case_file(target, text, diagnostics)) {
    return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    nlohmann::json document{{"tool", "score"}, {"command", "open"}};
    document.update(protocol_json(protocol, shown, ctx));
    document["diagnostics"] = diagnostics_to_json(diagnostics, app_catalog(), ctx.lang);
    print_json(ctx, document);
  } else {
    ctx.print_diagnostics(diagnostics);
    print_protocol(protocol, shown, ctx);
  }
  return diagnostics.warning_count() > 0 ? exit_found : exit_ok;
}

}  // namespace

void setup_score_open(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<OpenOptions>();
  app.add_option("CASE", options->folder, ctx.tr("ui.score.option.case"))
      ->required()
      ->type_name("");
  app.add_option("--now", options->now, ctx.tr("ui.score.option.now"))->type_name("STAMP");
  app.add_option("--round", options->round, ctx.tr("ui.score.option.round"))
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.callback([options, &ctx] { ctx.raise_exit(run_open(*options, ctx)); });
}

}  // namespace procure::cli
