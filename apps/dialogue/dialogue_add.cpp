// procure-dialogue add: what an officer records of the market dialogue as it
// happens (a participant, a registration, a written input, a question, an
// answer), added to the dialogue/ file it belongs in.
#include <memory>

#include <CLI/CLI.hpp>

#include "common/case_file_addition.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/model/case_files.hpp"

namespace procure::cli {
namespace {
namespace fs = std::filesystem;

struct DialogueAddOptions {
  std::string case_path;
  bool dry_run = false;
  std::string id;
  std::string name;
  std::string organisation_number;
  std::string contact;
  std::string email;
  std::string participant;
  std::string meeting;
  std::string received;
  std::string text;
  std::vector<std::string> answers;  // QUESTION=TEXT
  std::vector<std::string> trade_secrets;
  std::string answered;
  std::vector<std::string> answered_to;
  std::string published;
};

using Entries = std::vector<std::pair<std::string, yaml::Node>>;

// Adds `key: value` when the value was given.
void add_given(Entries& entries, const char* key, const std::string& value) {
  if (!value.empty())
    entries.emplace_back(key, yaml::scalar_node(value));
}

std::string join_or_dash(const std::vector<std::string>& names) {
  std::string joined;
  for (const auto& name : names)
    joined += (joined.empty() ? "" : ", ") + name;
  return joined.empty() ? "–" : joined;
}

// The change to one file of dialogue/, checked by loading the dialogue with it.
int add_to_dialogue_file(const CaseWithDialogue& loaded, const char* file, yaml::Addition addition,
                         std::string what, const DialogueAddOptions& options, const char* command,
                         ToolContext& ctx) {
  const Case& kase = loaded.kase.value;
  CaseFileAddition change;
  change.file = kase.folder / dialogue_folder_name / file;
  change.shown = (fs::path(kase.case_file).parent_path() / dialogue_folder_name / file).string();
  change.addition = std::move(addition);
  change.what = std::move(what);
  change.command = command;
  change.dry_run = options.dry_run;
  const auto check = [&kase, file](const std::string& text) {
    const DialogueFileText instead{file, text};
    return load_dialogue(kase, &instead).diagnostics;
  };
  return add_to_case_file(std::move(change), check, ctx);
}

int add_participant(const CaseWithDialogue& loaded, const DialogueAddOptions& options,
                    ToolContext& ctx) {
  Entries entries;
  add_given(entries, "id", options.id);
  add_given(entries, "name", options.name);
  // Digits, and text as every id: quoted, as case.yaml writes it.
  if (!options.organisation_number.empty())
    entries.emplace_back("organisation_number", yaml::text_node(options.organisation_number));
  add_given(entries, "contact", options.contact);
  add_given(entries, "email", options.email);
  yaml::Addition addition{
      {yaml::key_step("participants")}, yaml::map_node(std::move(entries)), true, {"id"}};
  return add_to_dialogue_file(loaded, "participants.yaml", std::move(addition),
                              ctx.tr("ui.dialogue.add.what-participant", {{"id", options.id}}),
                              options, "add participant", ctx);
}

int add_registration(const CaseWithDialogue& loaded, const DialogueAddOptions& options,
                     ToolContext& ctx) {
  std::vector<std::string> known;
  for (const auto& p : loaded.dialogue.value.participants)
    known.push_back(p.id);
  if (std::find(known.begin(), known.end(), options.participant) == known.end()) {
    Diagnostics problems;
    problems.error("dialogue.unknown-participant",
                   {{"id", options.participant}, {"known", join_or_dash(known)}});
    return ctx.fail(problems, exit_bad_input);
  }
  Entries entries;
  add_given(entries, "meeting", options.meeting);
  add_given(entries, "received", options.received);
  yaml::Addition addition{
      {yaml::key_step("participants"), yaml::item_named("id", options.participant),
       yaml::key_step("registrations")},
      yaml::map_node(std::move(entries)),
      true,
      {"meeting"}};
  return add_to_dialogue_file(
      loaded, "participants.yaml", std::move(addition),
      ctx.tr("ui.dialogue.add.what-registration",
             {{"participant", options.participant}, {"meeting", options.meeting}}),
      options, "add registration", ctx);
}

int add_input(const CaseWithDialogue& loaded, const DialogueAddOptions& options, ToolContext& ctx) {
  Diagnostics problems;
  std::vector<yaml::Node> answers;
  std::vector<std::string> answered;
  for (const auto& answer : options.answers) {
    const auto equals = answer.find('=');
    if (equals == std::string::npos || equals == 0) {
      problems.error("usage.invalid-value", {{"value", answer},
                                             {"option", "--answer QUESTION=TEXT"},
                                             {"tool", "procure-" + ctx.name}});
      continue;
    }
    const std::string question = answer.substr(0, equals);
    Entries entries;
    add_given(entries, "question", question);
    entries.emplace_back("text", yaml::scalar_node(answer.substr(equals + 1)));
    if (std::find(options.trade_secrets.begin(), options.trade_secrets.end(), question) !=
        options.trade_secrets.end())
      entries.emplace_back("trade_secret", yaml::literal_node("true"));
    answers.push_back(yaml::map_node(std::move(entries)));
    answered.push_back(question);
  }
  for (const auto& secret : options.trade_secrets) {
    if (std::find(answered.begin(), answered.end(), secret) == answered.end())
      problems.error(
          "usage.invalid-value",
          {{"value", secret}, {"option", "--trade-secret"}, {"tool", "procure-" + ctx.name}});
  }
  if (problems.has_errors())
    return ctx.fail(problems, exit_bad_input);
  Entries entries;
  add_given(entries, "participant", options.participant);
  add_given(entries, "received", options.received);
  entries.emplace_back("answers", yaml::sequence_node(std::move(answers)));
  yaml::Addition addition{{yaml::key_step("inputs")},
                          yaml::map_node(std::move(entries)),
                          true,
                          {"participant", "received"}};
  return add_to_dialogue_file(
      loaded, "inputs.yaml", std::move(addition),
      ctx.tr("ui.dialogue.add.what-input",
             {{"participant", options.participant}, {"received", options.received}}),
      options, "add input", ctx);
}

int add_question(const CaseWithDialogue& loaded, const DialogueAddOptions& options,
                 ToolContext& ctx) {
  Entries entries;
  add_given(entries, "id", options.id);
  add_given(entries, "participant", options.participant);
  add_given(entries, "received", options.received);
  add_given(entries, "question", options.text);
  yaml::Addition addition{
      {yaml::key_step("questions")}, yaml::map_node(std::move(entries)), true, {"id"}};
  return add_to_dialogue_file(loaded, "questions.yaml", std::move(addition),
                              ctx.tr("ui.dialogue.add.what-question", {{"id", options.id}}),
                              options, "add question", ctx);
}

int add_answer(const CaseWithDialogue& loaded, const DialogueAddOptions& options,
               ToolContext& ctx) {
  Diagnostics problems;
  std::vector<std::string> known;
  for (const auto& q : loaded.dialogue.value.questions)
    known.push_back(q.id);
  if (std::find(known.begin(), known.end(), options.id) == known.end())
    problems.error("dialogue.no-such-question",
                   {{"id", options.id}, {"known", join_or_dash(known)}});
  Entries entries;
  add_given(entries, "answer", options.text);
  add_given(entries, "answered", options.answered);
  if (!options.answered_to.empty()) {
    std::vector<yaml::Node> to;
    for (const auto& who : options.answered_to)
      to.push_back(yaml::scalar_node(who));
    entries.emplace_back("answered_to", yaml::sequence_node(std::move(to)));
  }
  add_given(entries, "published", options.published);
  if (entries.empty())
    problems.error("usage.required", {{"option", "--text, --answered, --to or --published"},
                                      {"tool", "procure-" + ctx.name}});
  if (problems.has_errors())
    return ctx.fail(problems, exit_bad_input);
  yaml::Addition addition{{yaml::key_step("questions"), yaml::item_named("id", options.id)},
                          yaml::map_node(std::move(entries)),
                          false,
                          {}};
  return add_to_dialogue_file(loaded, "questions.yaml", std::move(addition),
                              ctx.tr("ui.dialogue.add.what-answer", {{"id", options.id}}), options,
                              "add answer", ctx);
}

using AddCommand = int (*)(const CaseWithDialogue&, const DialogueAddOptions&, ToolContext&);

// Adds the CASE argument and --dry-run; runs `command` on the case.
void setup_add_command(CLI::App& app, ToolContext& ctx, std::shared_ptr<DialogueAddOptions> options,
                       AddCommand command) {
  app.add_option("CASE", options->case_path, ctx.tr("ui.render.option.case"))->required();
  add_dry_run_option(app, ctx, options->dry_run);
  app.callback([options, &ctx, command] {
    int exit = exit_ok;
    const auto loaded = load_case_argument(options->case_path, ctx, exit);
    if (loaded)
      ctx.report_input_warnings(load_warnings(*loaded));
    ctx.raise_exit(loaded ? command(*loaded, *options, ctx) : exit);
  });
}

void setup_add_participant(CLI::App& app, ToolContext& ctx) {
  auto o = std::make_shared<DialogueAddOptions>();
  setup_add_command(app, ctx, o, add_participant);
  app.add_option("--id", o->id, ctx.tr("ui.dialogue.add.option.participant-id"))->required();
  app.add_option("--name", o->name, ctx.tr("ui.dialogue.add.option.name"))->required();
  app.add_option("--org", o->organisation_number, ctx.tr("ui.dialogue.add.option.org"));
  app.add_option("--contact", o->contact, ctx.tr("ui.dialogue.add.option.contact"));
  app.add_option("--email", o->email, ctx.tr("ui.dialogue.add.option.email"));
}

void setup_add_registration(CLI::App& app, ToolContext& ctx) {
  auto o = std::make_shared<DialogueAddOptions>();
  setup_add_command(app, ctx, o, add_registration);
  app.add_option("--participant", o->participant, ctx.tr("ui.dialogue.add.option.participant"))
      ->required();
  app.add_option("--meeting", o->meeting, ctx.tr("ui.dialogue.add.option.meeting"))->required();
  app.add_option("--received", o->received, ctx.tr("ui.dialogue.add.option.received"))
      ->required()
      ->type_name("TIME");
}

void setup_add_input(CLI::App& app, ToolContext& ctx) {
  auto o = std::make_shared<DialogueAddOptions>();
  setup_add_command(app, ctx, o, add_input);
  app.add_option("--participant", o->participant, ctx.tr("ui.dialogue.add.option.participant"))
      ->required();
  app.add_option("--received", o->received, ctx.tr("ui.dialogue.add.option.received"))
      ->required()
      ->type_name("TIME");
  app.add_option("--answer", o->answers, ctx.tr("ui.dialogue.add.option.answer"))
      ->required()
      ->type_name("QUESTION=TEXT");
  app.add_option("--trade-secret", o->trade_secrets, ctx.tr("ui.dialogue.add.option.trade-secret"))
      ->type_name("QUESTION");
}

void setup_add_question(CLI::App& app, ToolContext& ctx) {
  auto o = std::make_shared<DialogueAddOptions>();
  setup_add_command(app, ctx, o, add_question);
  app.add_option("--id", o->id, ctx.tr("ui.dialogue.add.option.question-id"))->required();
  app.add_option("--received", o->received, ctx.tr("ui.dialogue.add.option.received"))
      ->required()
      ->type_name("TIME");
  app.add_option("--text", o->text, ctx.tr("ui.dialogue.add.option.question-text"))->required();
  app.add_option("--participant", o->participant, ctx.tr("ui.dialogue.add.option.asked-by"));
}

void setup_add_answer(CLI::App& app, ToolContext& ctx) {
  auto o = std::make_shared<DialogueAddOptions>();
  setup_add_command(app, ctx, o, add_answer);
  app.add_option("--id", o->id, ctx.tr("ui.dialogue.add.option.question-id"))->required();
  app.add_option("--text", o->text, ctx.tr("ui.dialogue.add.option.answer-text"));
  app.add_option("--answered", o->answered, ctx.tr("ui.dialogue.add.option.answered"))
      ->type_name("DATE");
  app.add_option("--to", o->answered_to, ctx.tr("ui.dialogue.add.option.to"))
      ->type_name("PARTICIPANT");
  app.add_option("--published", o->published, ctx.tr("ui.dialogue.add.option.published"))
      ->type_name("DATE");
}

}  // namespace

void setup_dialogue_add(CLI::App& app, ToolContext& ctx) {
  static constexpr ToolInfo subcommands[] = {
      {"participant", "ui.dialogue.add.participant.summary", setup_add_participant},
      {"registration", "ui.dialogue.add.registration.summary", setup_add_registration},
      {"input", "ui.dialogue.add.input.summary", setup_add_input},
      {"question", "ui.dialogue.add.question.summary", setup_add_question},
      {"answer", "ui.dialogue.add.answer.summary", setup_add_answer},
  };
  add_subcommands(app, ctx, subcommands);
}

}  // namespace procure::cli
