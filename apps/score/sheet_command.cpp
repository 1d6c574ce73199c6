#include "sheet_command.hpp"

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/exit_code.hpp"
#include "common/json_output.hpp"

namespace procure::cli {

std::optional<TenderLoad> tenders_as_received(const ScoreCase& score_case,
                                              Diagnostics& diagnostics) {
  TenderLoad tenders = load_tenders(score_case.kase(), score_case.location.folder,
                                    score_case.location.display, false);
  diagnostics.append(tenders.diagnostics);
  if (diagnostics.has_errors())
    return std::nullopt;
  return tenders;
}

int finish_sheet_command(const ToolContext& ctx, std::string_view command, std::string_view key,
                         const nlohmann::json& value, const std::string& summary,
                         const Diagnostics& diagnostics) {
  if (ctx.json) {
    nlohmann::json document{{"tool", "score"}, {"command", command}, {key, value}};
    document["diagnostics"] = diagnostics_to_json(diagnostics, app_catalog(), ctx.lang);
    print_json(ctx, document);
  } else {
    ctx.print_diagnostics(diagnostics);
    *ctx.out << summary;
  }
  return diagnostics.warning_count() > 0 ? exit_found : exit_ok;
}

}  // namespace procure::cli
