// procure-score: opens the tenders of a case and ranks them.
//   procure-score open CASE [--now STAMP] [--round N | --requests]
//   procure-score rank CASE [--what-if] [--csv FILE] [--markdown FILE] [--html FILE] [--force]
//   procure-score sheet CASE [--evaluator ID] [-o FILE | --out-dir DIR] [--qualification]
//   procure-score import CASE FILE...
#include <tuple>

#include <CLI/CLI.hpp>

#include "score_commands.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

void setup_score(CLI::App& app, ToolContext& ctx) {
  // --json and --lang belong to the tool, and may follow the command's own arguments.
  app.fallthrough();
  app.require_subcommand(1);
  for (const auto& [name, summary, setup] :
       {std::tuple{"open", "ui.score.open.summary", &setup_score_open},
        std::tuple{"rank", "ui.score.rank.summary", &setup_score_rank},
        std::tuple{"sheet", "ui.score.sheet.summary", &setup_score_sheet},
        std::tuple{"import", "ui.score.import.summary", &setup_score_import}}) {
    CLI::App* command = app.add_subcommand(name, ctx.tr(summary));
    command->group(ctx.tr("ui.help.subcommands"));
    // A command's help flag is made before it takes the tool's option group: set it again.
    command->get_help_ptr()->group(ctx.tr("ui.help.options"));
    setup(*command, ctx);
  }
}

}  // namespace

const ToolInfo score_tool{"score", "ui.score.summary", setup_score};

}  // namespace procure::cli
