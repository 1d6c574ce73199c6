// procure-score open: seals the tenders in bids/ in an opening protocol,
// with each one's time received, price and whether it came in late; with
// --requests, the requests to participate in requests/ the same way, in
// requests-opening-protocol.yaml, against the participation deadline.
#include <memory>
#include <optional>
#include <ostream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/output_file.hpp"
#include "common/table.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/stage_files.hpp"
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
  bool requests = false;
};

bool of_requests(const OpeningProtocol& protocol) {
  return protocol.kind == OpeningKind::requests;
}

// Why a late tender or request is rejected: the message, its arguments and the rule.
struct LateRejection {
  const char* code;
  MessageArgs args;
  std::string rule;
};

LateRejection late_rejection(const OpeningProtocol& protocol, const OpenedTender& opened,
                             const TenderLoad& received) {
  MessageArgs args{{"received", iso_oslo(opened.received)},
                   {"deadline", iso_oslo(protocol.deadline)}};
  if (!of_requests(protocol))
    return {"reject.late", std::move(args), std::string(app_catalog().rule("reject.late"))};
  // A request's rejection is the finding a late request gives (stages.request-late).
  const Tender* request = received.find(opened.id);
  args.emplace_back("file", visible_controls(request != nullptr ? request->file : opened.id));
  return {"stages.request-late", std::move(args), std::string(request_deadline_rule)};
}

nlohmann::json protocol_json(const OpeningProtocol& protocol, const TenderLoad& received,
                             const std::string& shown, const ToolContext& ctx) {
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
      const LateRejection rejection = late_rejection(protocol, tender, received);
      entry["rejection"] = {{"code", rejection.code},
                            {"message", ctx.tr(rejection.code, rejection.args)},
                            {"rule", rejection.rule}};
    }
    if (of_requests(protocol))
      entry.erase("price");
    tenders.push_back(entry);
  }
  return {{"protocol", shown},
          {"case", protocol.case_reference},
          {of_requests(protocol) ? "participation_deadline" : "tender_deadline",
           iso_oslo(protocol.deadline)},
          {"opened_at", iso_oslo(protocol.opened_at)},
          {"replaces",
           protocol.replaces.empty() ? nlohmann::json(nullptr) : nlohmann::json(protocol.replaces)},
          {"files", files},
          {of_requests(protocol) ? "requests" : "tenders", tenders}};
}

void print_protocol(const OpeningProtocol& protocol, const TenderLoad& received,
                    const std::string& shown, const ToolContext& ctx) {
  std::ostream& out = *ctx.out;
  const Lang lang = ctx.lang;
  out << ctx.tr("ui.score.open.written", {{"path", visible_controls(shown)}}) << "\n";
  Table facts;
  facts.add_row(
      {ctx.tr(of_requests(protocol) ? "ui.score.participation-deadline" : "ui.score.deadline"),
       format_date_time_long(oslo_local(protocol.deadline), lang)});
  facts.add_row(
      {ctx.tr("ui.score.opened-at"), format_date_time_long(oslo_local(protocol.opened_at), lang)});
  facts.add_row({ctx.tr("ui.score.sealed"),
                 ctx.tr(protocol.files.size() == 1 ? "ui.count.files.one" : "ui.count.files.many",
                        {{"n", std::to_string(protocol.files.size())}})});
  out << facts.render("  ") << "\n";
  // A request to participate has no price: its table has no price column.
  const bool priced = !of_requests(protocol);
  std::vector<std::string> headers{ctx.tr(priced ? "ui.score.tender" : "ui.score.request"),
                                   ctx.tr("ui.score.supplier"), ctx.tr("ui.score.orgnr"),
                                   ctx.tr("ui.score.received")};
  if (priced)
    headers.push_back(ctx.tr("ui.score.price"));
  headers.push_back(ctx.tr("ui.score.status"));
  Table table(headers);
  if (priced)
    table.align_right(4);
  for (const auto& tender : protocol.tenders) {
    std::string org = tender.organisation_number;
    if (const auto number = OrganisationNumber::parse(org))
      org = number->grouped();
    std::vector<std::string> row{tender.id, tender.supplier, org, time_text(tender.received)};
    if (priced)
      row.push_back(tender.price ? format_money(*tender.price, lang) : "");
    row.push_back(ctx.tr(tender.late ? "ui.score.status.late" : "ui.score.status.on-time"));
    table.add_row(row);
  }
  out << table.render();
  for (const auto& tender : protocol.tenders) {
    if (!tender.late)
      continue;
    const LateRejection rejection = late_rejection(protocol, tender, received);
    out << "\n"
        << ctx.tr(priced ? "ui.score.rejected-tender" : "ui.score.rejected-request",
                  {{"id", visible_controls(tender.id)}})
        << ": " << ctx.tr(rejection.code, rejection.args) << "\n  " << ctx.tr("ui.label.rule")
        << ": " << rejection.rule << "\n";
  }
}

// The requests to participate in requests/, read and sealed; nothing when
// there are none (reported).
std::optional<std::pair<TenderLoad, std::vector<SealedFile>>> read_requests_to_open(
    const ScoreCase& score_case, Instant now, Diagnostics& diagnostics) {
  const std::string& shown_folder = score_case.location.display;
  TenderLoad requests = load_requests(score_case.kase(), score_case.location.folder, shown_folder);
  diagnostics.append(requests.diagnostics);
  if (requests.tenders.empty() && !requests.diagnostics.has_errors()) {
    diagnostics.error("opening.no-requests",
                      {{"path", display_join(shown_folder, std::string(requests_folder))}});
  }
  check_received_by_opening(requests, now, diagnostics, OpeningKind::requests);
  auto files = seal_requests(score_case.location.folder, shown_folder, diagnostics);
  if (!files || diagnostics.has_errors())
    return std::nullopt;
  return std::pair{std::move(requests), std::move(*files)};
}

std::optional<std::pair<TenderLoad, std::vector<SealedFile>>> read_tenders_to_open(
    const ScoreCase& score_case, Instant now, Diagnostics& diagnostics) {
  const Case& kase = score_case.kase();
  TenderLoad tenders =
      load_tenders(kase, score_case.location.folder, score_case.location.display, false);
  diagnostics.append(tenders.diagnostics);
  check_tender_lots(kase, tenders, diagnostics);
  check_received_by_opening(tenders, now, diagnostics);
  auto files = seal_bids(score_case.location.folder, score_case.location.display, diagnostics);
  if (!files || diagnostics.has_errors())
    return std::nullopt;
  return std::pair{std::move(tenders), std::move(*files)};
}

int run_open(const OpenOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto now = parse_now(options.now, diagnostics);
  auto score_case = options.requests ? load_requests_case(options.folder, diagnostics)
                                     : load_score_case(options.folder, options.round, diagnostics);
  if (!now || !score_case)
    return ctx.fail(diagnostics, exit_bad_input);
  const Case& kase = score_case->kase();
  const std::string& shown_folder = score_case->location.display;
  if (*now <= score_case->deadline) {
    diagnostics.error(
        options.requests ? "opening.requests-before-deadline" : "opening.before-deadline",
        {{"now", iso_oslo(*now)}, {"deadline", iso_oslo(score_case->deadline)}});
    return ctx.fail(diagnostics, exit_bad_input);
  }
  auto opened = options.requests ? read_requests_to_open(*score_case, *now, diagnostics)
                                 : read_tenders_to_open(*score_case, *now, diagnostics);
  if (!opened)
    return ctx.fail(diagnostics, exit_bad_input);

  const std::string_view file_name =
      options.requests ? requests_opening_protocol_file : opening_protocol_file;
  const auto target = score_case->location.folder / file_name;
  const std::string shown = display_join(shown_folder, std::string(file_name));
  // The protocol is the case's own file: made once, never replaced.
  const OpeningProtocol protocol = make_opening_protocol(
      kase, opened->first, std::move(opened->second), score_case->deadline, *now, {},
      options.requests ? OpeningKind::requests : OpeningKind::tenders);
  const std::string text =
      opening_protocol_yaml(protocol, ctx.tr(options.requests ? "ui.score.requests-protocol-comment"
                                                              : "ui.score.protocol-comment"));
  if (!fits_opening_protocol_limits(protocol, text, diagnostics))
    return ctx.fail(diagnostics, exit_bad_input);
  if (!create_case_file(target, text, diagnostics)) {
    return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    nlohmann::json document{{"tool", "score"}, {"command", "open"}};
    document.update(protocol_json(protocol, opened->first, shown, ctx));
    document["diagnostics"] = diagnostics_to_json(diagnostics, app_catalog(), ctx.lang);
    print_json(ctx, document);
  } else {
    ctx.print_diagnostics(diagnostics);
    print_protocol(protocol, opened->first, shown, ctx);
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
  auto* round = app.add_option("--round", options->round, ctx.tr("ui.score.option.round"))
                    ->type_name("N")
                    ->check(CLI::PositiveNumber);
  app.add_flag("--requests", options->requests, ctx.tr("ui.score.option.requests"))
      ->excludes(round);
  app.callback([options, &ctx] { ctx.raise_exit(run_open(*options, ctx)); });
}

}  // namespace procure::cli
