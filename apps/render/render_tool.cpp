// procure-render: writes a document of a case (invitation, request for
// input, summary of inputs, Q&A log, tender documents, evaluation report,
// award notices, rejection letters) as Markdown, HTML, DOCX or PDF, from the
// templates of the chosen language.
#include <cstdint>
#include <fstream>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/case_argument.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/json_writer.hpp"
#include "common/kept_to_exit.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/parallel_map.hpp"
#include "common/rule_tables_option.hpp"
#include "common/table.hpp"
#include "common/task_threads.hpp"
#include "common/turn_order.hpp"
#include "docx_layout.hpp"
#include "external_program.hpp"
#include "office_converter.hpp"
#include "pandoc_converter.hpp"
#include "procure/core/suggest.hpp"
#include "procure/documents/document_kind.hpp"
#include "procure/evaluation/stage_files.hpp"
#include "procure/model/lot_view.hpp"
#include "streamed_files.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace fs = std::filesystem;
namespace {

struct RenderOptions {
  std::string document;
  std::string case_path;
  std::vector<std::string> formats;
  std::string out;
  std::string out_dir;
  std::string templates;
  std::string reference_doc;
  std::string today;
  std::string tenderer;
  std::string rules;
  std::string lot;
  bool anonymise = false;
  bool force = false;
  bool list = false;
  bool data = false;
};

int list_documents(ToolContext& ctx) {
  if (ctx.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& kind : document_kinds()) {
      list.push_back({{"name", std::string(kind.name)},
                      {"title", ctx.tr("doc.title." + std::string(kind.name))},
                      {"description", ctx.tr("ui.render.about." + std::string(kind.name))},
                      {"per_tenderer", kind.recipients != Recipients::all}});
    }
    print_json(ctx, {{"tool", "render"}, {"documents", list}});
    return exit_ok;
  }
  Table table({ctx.tr("ui.render.document"), ctx.tr("ui.render.description")});
  for (const auto& kind : document_kinds())
    table.add_row({std::string(kind.name), ctx.tr("ui.render.about." + std::string(kind.name))});
  *ctx.out << table.render();
  return exit_ok;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names)
    out += (out.empty() ? "" : ", ") + name;
  return out;
}

// The tenders to write to: the one --tenderer names, or with --out-dir every
// recipient; the problems of that choice otherwise.
std::vector<std::string> choose_recipients(const DocumentKind& kind, const DocumentSources& sources,
                                           const RenderOptions& options, bool many_allowed,
                                           Diagnostics& problems) {
  const std::string document(kind.name);
  const auto recipients = document_recipients(kind, sources);
  // A letter to candidates of a prequalification, not to tenderers.
  const bool candidates = kind.recipients == Recipients::non_selected_candidates;
  const bool dropped = kind.recipients == Recipients::dropped_tenderers;
  const auto& prequalification = sources.kase.stages.prequalification;
  if (candidates && !prequalification) {
    problems.error("document.no-invited", {{"document", document}});
    return {};
  }
  if (dropped && !sources.kase.stages.negotiation) {
    problems.error("document.no-rounds", {{"document", document}});
    return {};
  }
  if (options.tenderer.empty()) {
    if (!many_allowed) {
      problems.error("render.needs-tenderer",
                     {{"document", document}, {"known", joined(recipients)}});
    } else if (recipients.empty()) {
      problems.error(candidates ? "render.no-non-selected"
                     : dropped  ? "render.none-dropped"
                                : "render.no-rejected-tender",
                     {{"document", document}});
    }
    return recipients;
  }
  std::vector<std::string> all;
  if (candidates) {
    all = prequalification->qualified;
  } else if (dropped) {
    // Everyone who tendered in a round: the invited, or without a
    // prequalification those the rounds name.
    all = prequalification ? prequalification->invited : recipients;
  } else {
    for (const auto& r : sources.evaluation->evaluation().tenders)
      all.push_back(r.tender->id);
  }
  if (std::find(all.begin(), all.end(), options.tenderer) == all.end()) {
    if (const auto suggestion = nearest(options.tenderer, all)) {
      problems.error("render.unknown-tenderer-suggest",
                     {{"id", options.tenderer}, {"suggestion", *suggestion}});
    } else {
      problems.error("render.unknown-tenderer", {{"id", options.tenderer}, {"known", joined(all)}});
    }
  } else if (std::find(recipients.begin(), recipients.end(), options.tenderer) ==
             recipients.end()) {
    problems.error(candidates ? "render.candidate-invited"
                   : dropped  ? "render.not-dropped"
                              : "render.not-rejected",
                   {{"id", options.tenderer}, {"document", document}});
  }
  return {options.tenderer};
}

std::string extension(std::string_view format) {
  return format == "md" ? "md" : std::string(format);
}

// The page procure lays out when no reference document does: the buyer and
// case reference in the header, "page X of Y" in the footer.
DocxLayout docx_layout(const RenderOptions& options, const Case& kase, const ToolContext& ctx) {
  if (!options.reference_doc.empty())
    return {};
  DocxPageText text;
  text.header = kase.buyer.name;
  if (!kase.reference.empty())
    text.header += (text.header.empty() ? "" : " · ") +
                   ctx.tr("ui.render.docx-reference", {{"reference", kase.reference}});
  // The page numbers are fields: the catalog's sentence is cut where they go
  // (at two control characters, which no catalog text holds).
  const std::string footer = ctx.tr("ui.render.docx-page", {{"page", "\x1f"}, {"pages", "\x1e"}});
  const auto page = footer.find('\x1f');
  const auto pages = footer.find('\x1e');
  if (page != std::string::npos && pages != std::string::npos && page < pages) {
    text.page_before = footer.substr(0, page);
    text.page_between = footer.substr(page + 1, pages - page - 1);
    text.page_after = footer.substr(pages + 1);
  }
  return {text};
}

// The document in one format: its Markdown or HTML page, or what pandoc (and
// for PDF, LibreOffice from the DOCX) makes of it. The DOCX is made once for
// both formats: `docx` keeps it, or nullopt when pandoc failed; `pdf` keeps
// the PDF. Null when it could not be made; never a copy of a report's text.
const std::string* in_format(std::string_view format, const RenderedDocument& document,
                             const PandocJob& job, std::optional<std::optional<std::string>>& docx,
                             std::optional<std::string>& pdf, Diagnostics& problems) {
  if (format == "md")
    return &document.markdown;
  if (format == "html")
    return &document.html;
  if (!docx) {
    PandocJob this_job = job;
    this_job.markdown = document.markdown;
    this_job.title = document.title;
    docx = run_pandoc(this_job, problems);
  }
  if (!*docx)
    return nullptr;
  if (format != "pdf")
    return &**docx;
  pdf = docx_to_pdf(**docx, problems);
  return pdf ? &*pdf : nullptr;
}

void add_output(nlohmann::json& outputs, std::string_view format, const fs::path& path,
                const std::string* tenderer) {
  nlohmann::json output{{"format", format}, {"path", path.string()}};
  if (tenderer != nullptr)
    output["tenderer"] = *tenderer;
  outputs.push_back(output);
}

// A Word template larger than this is refused before it is read: a template
// with its logo takes a few megabytes.
constexpr std::uintmax_t largest_reference_doc = 64u << 20;

int run_render(RenderOptions options, ToolContext& ctx) {
  if (options.list)
    return list_documents(ctx);
  Diagnostics problems;
  // Not required of the command line, which --list needs without it.
  if (options.document.empty()) {
    problems.error("usage.required", {{"option", "DOCUMENT"}, {"tool", "procure-" + ctx.name}});
    return ctx.fail(problems, exit_bad_input);
  }
  const DocumentKind* kind = find_document_kind(options.document);
  if (kind == nullptr || options.case_path.empty()) {
    std::string names;
    for (const auto& k : document_kinds())
      names += (names.empty() ? "" : ", ") + std::string(k.name);
    problems.error(kind == nullptr ? "render.unknown-document" : "render.no-case",
                   {{"name", options.document}, {"known", names}});
    return ctx.fail(problems, exit_bad_input);
  }
  const bool per_tenderer = kind->recipients != Recipients::all;
  const auto today = resolve_today(options.today, problems);
  if (!options.templates.empty() && !fs::is_directory(options.templates))
    problems.error("render.no-template-folder", {{"path", options.templates}});
  std::error_code ec;
  if (!options.reference_doc.empty() && !fs::is_regular_file(options.reference_doc, ec))
    problems.error("render.no-reference-doc", {{"path", options.reference_doc}});
  else if (!options.reference_doc.empty() && !std::ifstream(options.reference_doc))
    problems.error("file.unreadable", {{"path", options.reference_doc}});
  else if (!options.reference_doc.empty() &&
           (fs::file_size(options.reference_doc, ec) > largest_reference_doc ||
            !is_docx(read_file_bytes(options.reference_doc))))
    problems.error("render.bad-reference-doc", {{"path", options.reference_doc}});
  if (!options.tenderer.empty() && !per_tenderer)
    problems.error("render.not-per-tenderer", {{"document", options.document}});
  if (options.formats.empty()) {
    const std::string ext = fs::path(options.out).extension().string();
    options.formats.push_back(ext == ".html"   ? "html"
                              : ext == ".docx" ? "docx"
                              : ext == ".pdf"  ? "pdf"
                                               : "md");
  }
  if (!options.out.empty() && options.formats.size() > 1)
    problems.error("render.one-format-per-file", {{"path", options.out}});
  if (problems.has_errors())
    return ctx.fail(problems, exit_bad_input);

  int exit = exit_ok;
  const auto loaded = load_case_argument(options.case_path, ctx, exit);
  if (!loaded)
    return exit;
  const Case& whole_case = loaded->kase.value;
  // With --lot, every document is the lot's: its title, value, criteria and tenders.
  const Lot* lot = nullptr;
  std::optional<Case> lot_case;
  if (!options.lot.empty()) {
    lot = find_lot(whole_case, options.lot, problems);
    if (lot == nullptr)
      return ctx.fail(problems, exit_bad_input);
    lot_case = lot_view(whole_case, *lot);
  }
  const Case& kase = lot_case ? *lot_case : whole_case;
  Diagnostics warnings = load_warnings(*loaded);
  const DecidingRound deciding = deciding_round(
      whole_case, whole_case.folder, fs::path(whole_case.case_file).parent_path().string());
  const CaseEvaluation* evaluated = nullptr;
  if (kind->needs_evaluation) {
    evaluated = &kept_to_exit(std::make_unique<const CaseEvaluation>(
        deciding.kase(whole_case), deciding.folder, deciding.display_folder,
        EvaluationOptions{.parallel = task_threads()}, lot));
    if (!evaluated->ok())
      return ctx.fail(evaluated->diagnostics(), exit_bad_input);
    warnings.append(evaluated->diagnostics());
  }
  ctx.report_input_warnings(warnings);
  std::optional<RuleTables> rules;
  if (kind->needs_rules) {
    rules = load_rules(ctx, options.rules, problems);
    if (!rules)
      return ctx.fail(problems, exit_bad_input);
  }
  DocumentSources sources{
      kase,      loaded->dialogue.value,    *today, options.anonymise, "procure " PROCURE_VERSION,
      evaluated, rules ? &*rules : nullptr, {}};

  const bool to_stdout = options.out.empty() && options.out_dir.empty();
  std::vector<std::string> recipients{""};
  if (per_tenderer) {
    recipients = choose_recipients(*kind, sources, options,
                                   !options.out_dir.empty() && !options.data, problems);
    if (problems.has_errors())
      return ctx.fail(problems, exit_bad_input);
  }
  if (options.data) {
    sources.tenderer = recipients.front();
    nlohmann::json data = document_data(*kind, sources, ctx.lang, problems);
    if (problems.has_errors())
      return ctx.fail(problems, exit_bad_input);
    if (ctx.json) {
      print_json(ctx, {{"tool", "render"}, {"document", options.document}, {"data", data}});
    } else {
      *ctx.out << inert_json(data.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
               << "\n";
    }
    return exit_ok;
  }
  if (to_stdout && (options.formats.size() != 1 || options.formats.front() == "docx" ||
                    options.formats.front() == "pdf")) {
    problems.error("render.needs-file", {{"format", options.formats.front()}});
    return ctx.fail(problems, exit_bad_input);
  }

  TemplateSet templates(template_folders(options.templates, ctx.data_dir, "templates"), ctx.lang);
  nlohmann::json outputs = nlohmann::json::array();
  WriteRules write_rules{options.force, templates.files_read(), {kase.folder}};
  const PandocJob pandoc_job{
      {}, ctx.lang, {}, options.reference_doc, docx_layout(options, kase, ctx)};
  // A folder named for the outputs is made; a file's folder must exist.
  if (!options.out_dir.empty() && !make_output_folder(options.out_dir, write_rules, problems))
    return ctx.fail(problems, exit_bad_input);
  // The Markdown and the page go into their files as they are made (a
  // report's are tens of megabytes), the Markdown's written while the page
  // is made; unless they go to standard output, a format is asked for
  // twice, or DOCX or PDF is made from the Markdown too.
  const auto asked = [&](std::string_view format) {
    return std::count(options.formats.begin(), options.formats.end(), format);
  };
  // The HTML page only when it is written: DOCX and PDF are made from the Markdown.
  const bool with_html = asked("html") > 0;
  const bool from_markdown = asked("docx") > 0 || asked("pdf") > 0;
  const auto streamed = [&](std::string_view format) {
    return !to_stdout && asked(format) == 1 && !(format == "md" && from_markdown);
  };
  // A lot's documents carry its id, so that the lots' files can share a folder.
  const auto target_of = [&](const std::string& tenderer, std::string_view format) {
    const std::string name = options.document + (lot == nullptr ? "" : ".lot-" + lot->id) +
                             (tenderer.empty() ? "" : "." + tenderer) + "." +
                             std::string(lang_code(ctx.lang)) + "." + extension(format);
    return !options.out.empty() ? fs::path(options.out) : fs::path(options.out_dir) / name;
  };
  // What no output may be: the templates read (all of them once the document is made).
  const auto inputs = [&] {
    std::vector<fs::path> read = templates.files_read();
    if (!options.reference_doc.empty())
      read.emplace_back(options.reference_doc);
    return read;
  };
  if (to_stdout) {
    sources.tenderer = recipients.front();
    const auto document =
        render_document(*kind, sources, ctx.lang, templates, problems, with_html, task_threads());
    if (!document)
      return ctx.fail(problems, exit_bad_input);
    const std::string& format = options.formats.front();
    const std::string& content = format == "html" ? document->html : document->markdown;
    if (ctx.json) {
      nlohmann::json json{{"tool", "render"},   {"document", options.document},
                          {"format", format},   {"title", document->title},
                          {"content", content}, {"diagnostics", nlohmann::json::array()}};
      if (per_tenderer)
        json["tenderer"] = sources.tenderer;
      print_json(ctx, json);
    } else {
      *ctx.out << content;
    }
    return exit_ok;
  }
  // One recipient's document made and written; its problems and files are
  // told in the recipients' order, whichever thread made it.
  struct Written {
    bool made = false;  // false: the document could not be made
    std::string title;
    Diagnostics problems;
    nlohmann::json outputs = nlohmann::json::array();
  };
  const auto write_document = [&](const std::string& tenderer, const TaskRunner& parallel,
                                  TurnOrder::Turn& turn) {
    Written written;
    DocumentSources own = sources;
    own.tenderer = tenderer;
    std::vector<std::pair<std::string, fs::path>> targets;
    for (const std::string format : {"md", "html"}) {
      if (streamed(format))
        targets.emplace_back(format, target_of(tenderer, format));
    }
    StreamedFiles files(targets, write_rules, inputs);
    const auto document =
        render_document(*kind, own, ctx.lang, templates, written.problems,
                        with_html && !files.refused("html"), parallel, files.outputs());
    if (!document)
      return written;
    // Written and synced on this thread; put in place in the recipients'
    // order, and not at all after a letter that could not be made.
    files.sync();
    if (!turn.wait())
      return written;
    written.made = true;
    written.title = document->title;
    WriteRules document_rules = write_rules;
    document_rules.inputs = inputs();
    std::optional<std::optional<std::string>> docx;
    std::optional<std::string> pdf;
    const std::string* shown_tenderer = per_tenderer ? &tenderer : nullptr;
    for (const auto& format : options.formats) {
      const fs::path target = target_of(tenderer, format);
      if (files.has(format)) {
        if (files.finish(format, written.problems))
          add_output(written.outputs, format, target, shown_tenderer);
        continue;
      }
      const std::string* content =
          in_format(format, *document, pandoc_job, docx, pdf, written.problems);
      if (content != nullptr &&
          write_file_atomically(target, *content, document_rules, written.problems))
        add_output(written.outputs, format, target, shown_tenderer);
    }
    turn.end(true);
    return written;
  };
  // The letters to a thousand tenderers are made on every core, each letter
  // on one; a document to all uses the cores itself. DOCX and PDF are made
  // one at a time: each is a run of pandoc, and LibreOffice for a PDF takes
  // hundreds of megabytes. At most two files a letter are held open, within
  // what the signal handler can remove (removed_on_signal.hpp).
  const bool by_letter = recipients.size() > 1 && !from_markdown;
  const TaskRunner each_document = by_letter ? TaskRunner{} : task_threads();
  // Once a document fails, no later one is begun, and none after it is
  // written or told: exactly the letters before it are written, as when
  // made one after another.
  TurnOrder turns(recipients.size());
  auto written =
      parallel_map<Written>(recipients.size(), by_letter ? case_workers() : 1u, [&](std::size_t i) {
        TurnOrder::Turn turn(turns, i);
        if (turn.failed_before())
          return Written{};
        return write_document(recipients[i], each_document, turn);
      });
  std::string title;
  for (auto& one : written) {
    problems.append(one.problems);
    if (!one.made)
      return ctx.fail(problems, exit_bad_input);
    title = std::move(one.title);
    for (auto& output : one.outputs)
      outputs.push_back(std::move(output));
  }
  if (problems.has_errors() && outputs.empty())
    return ctx.fail(problems, exit_bad_input);
  if (ctx.json) {
    print_json(ctx, {{"tool", "render"},
                     {"document", options.document},
                     {"title", title},
                     {"outputs", outputs},
                     {"diagnostics", diagnostics_to_json(problems, app_catalog(), ctx.lang)}});
  } else {
    ctx.print_diagnostics(problems);
    for (const auto& output : outputs)
      *ctx.out << ctx.tr("ui.render.wrote", {{"path", output["path"].get<std::string>()}}) << "\n";
  }
  return problems.has_errors() ? exit_bad_input : exit_ok;
}

void setup_render(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<RenderOptions>();
  app.add_option("DOCUMENT", options->document, ctx.tr("ui.render.option.document"));
  app.add_option("CASE", options->case_path, ctx.tr("ui.render.option.case"));
  app.add_option("--format,-f", options->formats, ctx.tr("ui.render.option.format"))
      ->check(CLI::IsMember({"md", "html", "docx", "pdf"}));
  auto* out = add_output_option(app, "--out,-o", options->out, ctx.tr("ui.render.option.out"));
  add_output_option(app, "--out-dir", options->out_dir, ctx.tr("ui.render.option.out-dir"))
      ->excludes(out);
  app.add_option("--tenderer", options->tenderer, ctx.tr("ui.render.option.tenderer"))
      ->type_name("ID");
  app.add_option("--templates", options->templates, ctx.tr("ui.render.option.templates"));
  app.add_option("--reference-doc", options->reference_doc,
                 ctx.tr("ui.render.option.reference-doc"))
      ->type_name("FILE");
  app.add_option("--today", options->today, ctx.tr("ui.render.option.today"));
  app.add_option("--lot", options->lot, ctx.tr("ui.render.option.lot"))->type_name("LOT");
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--anonymise", options->anonymise, ctx.tr("ui.render.option.anonymise"));
  app.add_flag("--data", options->data, ctx.tr("ui.render.option.data"));
  app.add_flag("--list", options->list, ctx.tr("ui.render.option.list"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] {
    // "-" is standard output, as for most command-line tools, never a file named "-".
    if (options->out == "-")
      options->out.clear();
    ctx.raise_exit(run_render(*options, ctx));
  });
}

}  // namespace

const ToolInfo render_tool{"render", "ui.render.summary", setup_render};

}  // namespace procure::cli
