// procure-render: writes a document of a case (invitation, request for
// input, summary of inputs, Q&A log, tender documents) as Markdown, HTML,
// DOCX or PDF, from the templates of the chosen language.
#include <memory>
#include <ostream>

#include "common/app_catalog.hpp"
#include "common/case_argument.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/table.hpp"
#include "pandoc_converter.hpp"
#include "procure/documents/document_kind.hpp"
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
  std::string today;
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
                      {"description", ctx.tr("ui.render.about." + std::string(kind.name))}});
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

std::string extension(std::string_view format) {
  return format == "md" ? "md" : std::string(format);
}

int run_render(RenderOptions options, ToolContext& ctx) {
  if (options.list)
    return list_documents(ctx);
  Diagnostics problems;
  const DocumentKind* kind = find_document_kind(options.document);
  if (kind == nullptr || options.case_path.empty()) {
    std::string names;
    for (const auto& k : document_kinds())
      names += (names.empty() ? "" : ", ") + std::string(k.name);
    problems.error(kind == nullptr ? "render.unknown-document" : "render.no-case",
                   {{"name", options.document}, {"known", names}});
    return ctx.fail(problems, exit_bad_input);
  }
  const auto today = resolve_today(options.today, problems);
  if (!options.templates.empty() && !fs::is_directory(options.templates))
    problems.error("render.no-template-folder", {{"path", options.templates}});
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
  const Case& kase = loaded->kase.value;
  const DocumentSources sources{kase, loaded->dialogue.value, *today, options.anonymise,
                                "procure " PROCURE_VERSION};
  if (options.data) {
    nlohmann::json data = document_data(*kind, sources, ctx.lang, problems);
    if (problems.has_errors())
      return ctx.fail(problems, exit_bad_input);
    if (ctx.json) {
      print_json(ctx, {{"tool", "render"}, {"document", options.document}, {"data", data}});
    } else {
      *ctx.out << data.dump(2) << "\n";
    }
    return exit_ok;
  }
  TemplateSet templates(template_folders(options.templates, ctx.data_dir, "templates"), ctx.lang);
  const auto document = render_document(*kind, sources, ctx.lang, templates, problems);
  if (!document)
    return ctx.fail(problems, exit_bad_input);

  const bool to_stdout = options.out.empty() && options.out_dir.empty();
  if (to_stdout && (options.formats.size() != 1 || options.formats.front() == "docx" ||
                    options.formats.front() == "pdf")) {
    problems.error("render.needs-file", {{"format", options.formats.front()}});
    return ctx.fail(problems, exit_bad_input);
  }
  nlohmann::json outputs = nlohmann::json::array();
  WriteRules rules{options.force, dialogue_files(kase)};
  rules.inputs.push_back(kase.folder / case_file_name);
  rules.inputs.insert(rules.inputs.end(), templates.files_read().begin(),
                      templates.files_read().end());
  // A folder named for the outputs is made; a file's folder must exist.
  if (!options.out_dir.empty()) {
    std::error_code ec;
    fs::create_directories(options.out_dir, ec);
  }
  for (const auto& format : options.formats) {
    std::optional<std::string> content;
    if (format == "md") {
      content = document->markdown;
    } else if (format == "html") {
      content = document->html;
    } else {
      content =
          run_pandoc({format == "pdf" ? PandocTarget::pdf : PandocTarget::docx, document->markdown,
                      ctx.lang, document->title, templates.find("document.css")},
                     problems);
    }
    if (!content)
      continue;
    if (to_stdout) {
      if (ctx.json) {
        print_json(ctx, {{"tool", "render"},
                         {"document", options.document},
                         {"format", format},
                         {"title", document->title},
                         {"content", *content},
                         {"diagnostics", nlohmann::json::array()}});
      } else {
        *ctx.out << *content;
      }
      return exit_ok;
    }
    const fs::path target = !options.out.empty()
                                ? fs::path(options.out)
                                : fs::path(options.out_dir) /
                                      (options.document + "." + std::string(lang_code(ctx.lang)) +
                                       "." + extension(format));
    if (write_file_atomically(target, *content, rules, problems))
      outputs.push_back({{"format", format}, {"path", target.string()}});
  }
  if (problems.has_errors() && outputs.empty())
    return ctx.fail(problems, exit_bad_input);
  if (ctx.json) {
    print_json(ctx, {{"tool", "render"},
                     {"document", options.document},
                     {"title", document->title},
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
  auto* out = app.add_option("--out,-o", options->out, ctx.tr("ui.render.option.out"));
  app.add_option("--out-dir", options->out_dir, ctx.tr("ui.render.option.out-dir"))->excludes(out);
  app.add_option("--templates", options->templates, ctx.tr("ui.render.option.templates"));
  app.add_option("--today", options->today, ctx.tr("ui.render.option.today"));
  app.add_flag("--anonymise", options->anonymise, ctx.tr("ui.render.option.anonymise"));
  app.add_flag("--data", options->data, ctx.tr("ui.render.option.data"));
  app.add_flag("--list", options->list, ctx.tr("ui.render.option.list"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] { ctx.raise_exit(run_render(*options, ctx)); });
}

}  // namespace

const ToolInfo render_tool{"render", "ui.render.summary", setup_render};

}  // namespace procure::cli
