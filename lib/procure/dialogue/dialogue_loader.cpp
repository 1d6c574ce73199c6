#include "procure/dialogue/dialogue_loader.hpp"

#include <algorithm>
#include <array>
#include <system_error>

#include "procure/core/suggest.hpp"
#include "procure/yaml/node.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {
namespace fs = std::filesystem;
namespace {

struct FileReader {
  const Case& kase;
  yaml::Reader& reader;
  DialogueRecord& record;

  std::optional<Receipt> receipt(const yaml::Node& node) {
    const auto text = reader.text(node);
    if (!text)
      return std::nullopt;
    const auto at = parse_instant(*text);
    if (!at) {
      reader.report(node, at.problem());
      return std::nullopt;
    }
    return Receipt{*at, *text};
  }

  std::optional<std::string> id(const yaml::Node& node, std::vector<std::string>& seen) {
    auto value = reader.identifier(node);
    if (!value)
      return std::nullopt;
    if (std::find(seen.begin(), seen.end(), *value) != seen.end()) {
      reader.error(node, "id.duplicate", {{"id", *value}});
    } else {
      seen.push_back(*value);
    }
    return value;
  }

  // A reference by id to something the case or another file defines.
  std::optional<std::string> reference(const yaml::Node& node,
                                       const std::vector<std::string>& known, const char* code) {
    auto value = reader.text(node);
    if (!value)
      return std::nullopt;
    if (std::find(known.begin(), known.end(), *value) != known.end())
      return value;
    std::string list;
    for (const auto& k : known)
      list += (list.empty() ? "" : ", ") + k;
    const auto suggestion = nearest(*value, known);
    reader.error(node, code,
                 {{"id", *value},
                  {"known", list.empty() ? "–" : list},
                  {"suggestion", suggestion.value_or(known.empty() ? "–" : known.front())}});
    return std::nullopt;
  }

  std::vector<std::string> meeting_ids() const {
    std::vector<std::string> ids;
    for (const auto& m : kase.market_dialogue.meetings)
      ids.push_back(m.id);
    return ids;
  }
  std::vector<std::string> question_ids() const {
    std::vector<std::string> ids;
    if (kase.market_dialogue.written_input) {
      for (const auto& q : kase.market_dialogue.written_input->questions)
        ids.push_back(q.id);
    }
    return ids;
  }
  std::vector<std::string> participant_ids() const {
    std::vector<std::string> ids;
    for (const auto& p : record.participants)
      ids.push_back(p.id);
    return ids;
  }

  void participants(const yaml::Node& node);
  void slots(const yaml::Node& node);
  void inputs(const yaml::Node& node);
  void questions(const yaml::Node& node);
};

void FileReader::participants(const yaml::Node& node) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    Participant p;
    p.where = reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = id(*n, ids))
        p.id = *v;
    }
    if (const auto* n = map.required("name")) {
      if (auto v = reader.text(*n))
        p.name = *v;
    }
    if (const auto* n = map.optional("organisation_number")) {
      if (const auto text = reader.text(*n)) {
        const auto number = OrganisationNumber::parse(*text);
        if (number) {
          p.organisation_number = *number;
        } else {
          reader.report(*n, number.problem());
        }
      }
    }
    if (const auto* n = map.optional("contact")) {
      if (auto v = reader.text(*n))
        p.contact = *v;
    }
    if (const auto* n = map.optional("email")) {
      if (auto v = reader.text(*n))
        p.email = *v;
    }
    if (const auto* n = map.optional("registrations")) {
      if (const auto* list = reader.sequence(*n)) {
        for (const auto& entry : *list) {
          yaml::MapReader reg_map(reader, entry);
          Registration r;
          r.where = reader.span(entry);
          const auto* meeting = reg_map.required("meeting");
          const auto* received = reg_map.required("received");
          if (meeting != nullptr) {
            if (auto v = reference(*meeting, meeting_ids(), "dialogue.unknown-meeting"))
              r.meeting = *v;
          }
          if (received != nullptr) {
            if (auto v = receipt(*received))
              r.received = *v;
          }
          reg_map.finish();
          if (!r.meeting.empty())
            p.registrations.push_back(std::move(r));
        }
      }
    }
    map.finish();
    record.participants.push_back(std::move(p));
  }
}

std::optional<std::chrono::minutes> read_minutes(yaml::Reader& reader, const yaml::Node& node) {
  const auto text = reader.text(node);
  if (!text)
    return std::nullopt;
  std::string_view digits = *text;
  if (digits.ends_with(" min"))
    digits.remove_suffix(4);
  const bool all_digits =
      !digits.empty() && digits.size() <= 3 &&
      std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int minutes = all_digits ? std::stoi(std::string(digits)) : -1;
  if (minutes < 0 || minutes > 600) {
    reader.error(node, "dialogue.bad-minutes", {{"value", *text}});
    return std::nullopt;
  }
  return std::chrono::minutes(minutes);
}

void FileReader::slots(const yaml::Node& node) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> seen;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    SlotPlan plan;
    plan.where = reader.span(item);
    if (const auto* n = map.required("meeting")) {
      if (auto v = reference(*n, meeting_ids(), "dialogue.unknown-meeting")) {
        plan.meeting = *v;
        const auto meeting =
            std::find_if(kase.market_dialogue.meetings.begin(), kase.market_dialogue.meetings.end(),
                         [&](const DialogueMeeting& m) { return m.id == *v; });
        if (meeting->kind != MeetingKind::one_to_one)
          reader.error(*n, "dialogue.slots-for-plenary", {{"id", *v}});
        if (std::find(seen.begin(), seen.end(), *v) != seen.end())
          reader.error(*n, "id.duplicate", {{"id", *v}});
        seen.push_back(*v);
      }
    }
    if (const auto* n = map.required("length")) {
      if (auto v = read_minutes(reader, *n); v && v->count() > 0) {
        plan.length = *v;
      } else if (v) {
        reader.error(*n, "dialogue.bad-minutes", {{"value", n->text}});
      }
    }
    if (const auto* n = map.optional("gap")) {
      if (auto v = read_minutes(reader, *n))
        plan.gap = *v;
    }
    if (const auto* n = map.optional("breaks")) {
      if (const auto* list = reader.sequence(*n)) {
        for (const auto& entry : *list) {
          const auto text = reader.text(entry);
          if (!text)
            continue;
          const auto dash = text->find('-');
          const auto from = TimeOfDay::parse(text->substr(0, dash));
          const auto to = dash == std::string::npos ? Parsed<TimeOfDay>(Problem{})
                                                    : TimeOfDay::parse(text->substr(dash + 1));
          if (!from || !to || !(*from < *to)) {
            reader.error(entry, "dialogue.bad-break", {{"value", *text}});
            continue;
          }
          plan.breaks.emplace_back(*from, *to);
        }
      }
    }
    map.finish();
    record.slot_plans.push_back(std::move(plan));
  }
}

void FileReader::inputs(const yaml::Node& node) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    WrittenInputReceived input;
    input.where = reader.span(item);
    if (const auto* n = map.required("participant")) {
      if (auto v = reference(*n, participant_ids(), "dialogue.unknown-participant"))
        input.participant = *v;
    }
    if (const auto* n = map.required("received")) {
      if (auto v = receipt(*n))
        input.received = *v;
    }
    if (const auto* n = map.required("answers")) {
      if (const auto* list = reader.sequence(*n)) {
        std::vector<std::string> answered;
        for (const auto& entry : *list) {
          yaml::MapReader answer_map(reader, entry);
          InputAnswer answer;
          answer.where = reader.span(entry);
          if (const auto* q = answer_map.required("question")) {
            if (auto v = reference(*q, question_ids(), "dialogue.unknown-question")) {
              answer.question = *v;
              if (std::find(answered.begin(), answered.end(), *v) != answered.end())
                reader.error(*q, "id.duplicate", {{"id", *v}});
              answered.push_back(*v);
            }
          }
          if (const auto* t = answer_map.required("text")) {
            if (auto v = reader.text(*t))
              answer.text = *v;
          }
          if (const auto* t = answer_map.optional("trade_secret")) {
            if (auto v = reader.boolean(*t))
              answer.trade_secret = *v;
          }
          answer_map.finish();
          input.answers.push_back(std::move(answer));
        }
      }
    }
    map.finish();
    record.inputs.push_back(std::move(input));
  }
}

void FileReader::questions(const yaml::Node& node) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    QaEntry entry;
    entry.where = reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = id(*n, ids))
        entry.id = *v;
    }
    if (const auto* n = map.optional("participant")) {
      if (auto v = reference(*n, participant_ids(), "dialogue.unknown-participant"))
        entry.participant = *v;
    }
    if (const auto* n = map.required("received")) {
      if (auto v = receipt(*n))
        entry.received = *v;
    }
    if (const auto* n = map.required("question")) {
      if (auto v = reader.text(*n))
        entry.question = *v;
    }
    const auto* answer = map.optional("answer");
    const auto* answered = map.optional("answered");
    if (answer != nullptr) {
      if (auto v = reader.text(*answer))
        entry.answer = *v;
    }
    if (answered != nullptr)
      entry.answered = reader.date(*answered);
    if ((answer == nullptr) != (answered == nullptr)) {
      reader.error(answer == nullptr ? *answered : *answer, "qa.answer-needs-date");
    }
    if (const auto* n = map.optional("answered_to")) {
      entry.answered_to_where = reader.span(*n);
      if (n->is_scalar() && n->text == "all") {
        entry.answered_to.clear();
      } else if (const auto* list = reader.sequence(*n)) {
        for (const auto& who : *list) {
          if (auto v = reference(who, participant_ids(), "dialogue.unknown-participant"))
            entry.answered_to.push_back(*v);
        }
        // Everyone named is the same as everyone.
        const auto all = participant_ids();
        if (std::all_of(all.begin(), all.end(), [&](const std::string& p) {
              return std::find(entry.answered_to.begin(), entry.answered_to.end(), p) !=
                     entry.answered_to.end();
            })) {
          entry.answered_to.clear();
        }
      }
    }
    if (const auto* n = map.optional("published")) {
      entry.published_where = reader.span(*n);
      entry.published = reader.date(*n);
    }
    map.finish();
    record.questions.push_back(std::move(entry));
  }
}

using Section = void (FileReader::*)(const yaml::Node&);

void read_file(const Case& kase, const fs::path& folder, const std::string& display_folder,
               std::string_view file, std::string_view key, Section section, DialogueLoad& load) {
  std::error_code ec;
  const fs::path path = folder / fs::path(file);
  if (!fs::exists(path, ec))
    return;
  const std::string display = display_folder + std::string(file);
  const auto source = read_source_file(path, display, load.diagnostics);
  if (!source)
    return;
  const auto root = yaml::parse(*source, load.diagnostics);
  if (!root)
    return;
  yaml::Reader reader(*source, load.diagnostics, kase.primary_language());
  FileReader file_reader{kase, reader, load.value};
  yaml::MapReader map(reader, *root);
  if (const auto* n = map.required(key))
    (file_reader.*section)(*n);
  map.finish();
}

struct DialogueFile {
  std::string_view name;
  std::string_view key;
  Section section;
};

// Participants first: the other files refer to them.
constexpr std::array<DialogueFile, 4> dialogue_file_table{{
    {"participants.yaml", "participants", &FileReader::participants},
    {"slots.yaml", "slots", &FileReader::slots},
    {"inputs.yaml", "inputs", &FileReader::inputs},
    {"questions.yaml", "questions", &FileReader::questions},
}};

}  // namespace

std::vector<fs::path> dialogue_files(const Case& kase) {
  std::vector<fs::path> files;
  for (const auto& file : dialogue_file_table)
    files.push_back(kase.folder / dialogue_folder_name / file.name);
  return files;
}

DialogueLoad load_dialogue(const Case& kase) {
  DialogueLoad load;
  const fs::path folder = kase.folder / dialogue_folder_name;
  const fs::path shown = fs::path(kase.case_file).parent_path() / dialogue_folder_name;
  const std::string display = shown.string() + "/";
  for (const auto& file : dialogue_file_table)
    read_file(kase, folder, display, file.name, file.key, file.section, load);
  load.diagnostics.sort_by_place();
  return load;
}

}  // namespace procure
