#include "procure/dialogue/dialogue_loader.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "procure/core/source_file.hpp"
#include "procure/core/suggest.hpp"
#include "procure/dialogue/slot_schedule.hpp"
#include "procure/load/value_readers.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/node.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {
namespace fs = std::filesystem;
namespace {

enum class Need { required, optional };

struct FileReader {
  const Case& kase;
  yaml::Reader& reader;
  DialogueRecord& record;

  // Reads each map of a list with `read(map, item)`, then reports its unknown keys.
  template <class Read>
  void each_map(const yaml::Node& node, Read read) {
    const auto* items = reader.sequence(node);
    if (items == nullptr)
      return;
    for (const auto& item : *items) {
      yaml::MapReader map(reader, item);
      read(map, item);
      map.finish();
    }
  }

  // The node under `key`; a missing required key is reported by the map.
  const yaml::Node* key(yaml::MapReader& map, std::string_view name, Need need) {
    return need == Need::required ? map.required(name) : map.optional(name);
  }

  void text(yaml::MapReader& map, std::string_view name, Need need, std::string& out) {
    if (const auto* n = key(map, name, need)) {
      if (auto v = reader.text(*n))
        out = std::move(*v);
    }
  }

  void receipt(yaml::MapReader& map, std::string_view name, Receipt& out) {
    const auto* n = key(map, name, Need::required);
    const auto text = n != nullptr ? reader.text(*n) : std::nullopt;
    if (!text)
      return;
    const auto at = parse_instant(*text);
    if (!at) {
      reader.report(*n, at.problem());
      return;
    }
    out = Receipt{*at, *text};
  }

  // Reports a value that an earlier entry of the same list already has.
  void unique(const yaml::Node& node, const std::string& value, std::vector<std::string>& seen) {
    if (std::find(seen.begin(), seen.end(), value) != seen.end()) {
      reader.error(node, "id.duplicate", {{"id", value}});
    } else {
      seen.push_back(value);
    }
  }

  void id(yaml::MapReader& map, std::vector<std::string>& seen, std::string& out) {
    if (const auto* n = key(map, "id", Need::required)) {
      if (auto v = reader.identifier(*n)) {
        unique(*n, *v, seen);
        out = std::move(*v);
      }
    }
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
    for (const auto& p : record.participants) {
      if (std::find(ids.begin(), ids.end(), p.id) == ids.end())
        ids.push_back(p.id);
    }
    return ids;
  }

  void participants(const yaml::Node& node);
  void slots(const yaml::Node& node);
  void inputs(const yaml::Node& node);
  void questions(const yaml::Node& node);
};

void FileReader::participants(const yaml::Node& node) {
  std::vector<std::string> ids;
  each_map(node, [&](yaml::MapReader& map, const yaml::Node& item) {
    Participant p;
    p.where = reader.span(item);
    id(map, ids, p.id);
    text(map, "name", Need::required, p.name);
    if (const auto* n = map.optional("organisation_number"))
      p.organisation_number = read_organisation_number(reader, *n);
    text(map, "contact", Need::optional, p.contact);
    if (const auto* n = map.optional("email")) {
      if (auto v = read_email(reader, *n))
        p.email = *v;
    }
    if (const auto* n = map.optional("registrations")) {
      each_map(*n, [&](yaml::MapReader& entry, const yaml::Node& at) {
        Registration r;
        r.where = reader.span(at);
        if (const auto* meeting = entry.required("meeting")) {
          if (auto v = reference(*meeting, meeting_ids(), "dialogue.unknown-meeting"))
            r.meeting = *v;
        }
        receipt(entry, "received", r.received);
        if (!r.meeting.empty())
          p.registrations.push_back(std::move(r));
      });
    }
    record.participants.push_back(std::move(p));
  });
}

void FileReader::slots(const yaml::Node& node) {
  std::vector<std::string> seen;
  each_map(node, [&](yaml::MapReader& map, const yaml::Node& item) {
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
        unique(*n, *v, seen);
      }
    }
    const yaml::Node* length = read_slot_layout(reader, map, plan);
    // Told here, at the slots' length, rather than when the slots are listed.
    if (const auto count = count_slots(kase, plan);
        length != nullptr && count && *count > max_slots) {
      reader.error(*length, "dialogue.too-many-slots",
                   {{"id", plan.meeting},
                    {"count", std::to_string(*count)},
                    {"limit", std::to_string(max_slots)}});
    }
    record.slot_plans.push_back(std::move(plan));
  });
}

void FileReader::inputs(const yaml::Node& node) {
  each_map(node, [&](yaml::MapReader& map, const yaml::Node& item) {
    WrittenInputReceived input;
    input.where = reader.span(item);
    if (const auto* n = map.required("participant")) {
      if (auto v = reference(*n, participant_ids(), "dialogue.unknown-participant"))
        input.participant = *v;
    }
    receipt(map, "received", input.received);
    if (const auto* n = map.required("answers")) {
      std::vector<std::string> answered;
      each_map(*n, [&](yaml::MapReader& entry, const yaml::Node& at) {
        InputAnswer answer;
        answer.where = reader.span(at);
        if (const auto* q = entry.required("question")) {
          if (auto v = reference(*q, question_ids(), "dialogue.unknown-question")) {
            unique(*q, *v, answered);
            answer.question = *v;
          }
        }
        text(entry, "text", Need::required, answer.text);
        if (const auto* t = entry.optional("trade_secret")) {
          if (auto v = reader.boolean(*t))
            answer.trade_secret = *v;
        }
        input.answers.push_back(std::move(answer));
      });
    }
    record.inputs.push_back(std::move(input));
  });
}

void FileReader::questions(const yaml::Node& node) {
  std::vector<std::string> ids;
  each_map(node, [&](yaml::MapReader& map, const yaml::Node& item) {
    QaEntry entry;
    entry.where = reader.span(item);
    id(map, ids, entry.id);
    if (const auto* n = map.optional("participant")) {
      if (auto v = reference(*n, participant_ids(), "dialogue.unknown-participant"))
        entry.participant = *v;
    }
    receipt(map, "received", entry.received);
    text(map, "question", Need::required, entry.question);
    const auto* answer = map.optional("answer");
    const auto* answered = map.optional("answered");
    if (answer != nullptr) {
      if (auto v = reader.text(*answer))
        entry.answer = *v;
    }
    if (answered != nullptr)
      entry.answered = reader.date(*answered);
    if ((answer == nullptr) != (answered == nullptr))
      reader.error(answer == nullptr ? *answered : *answer, "qa.answer-needs-date");
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
    record.questions.push_back(std::move(entry));
  });
}

using Section = void (FileReader::*)(const yaml::Node&);

void read_file(const Case& kase, const fs::path& folder, const std::string& display_folder,
               std::string_view file, std::string_view key, Section section,
               const DialogueFileText* instead, DialogueLoad& load) {
  const fs::path path = folder / fs::path(file);
  const bool replaced = instead != nullptr && instead->name == file;
  if (!replaced && nothing_at(path))
    return;
  const std::string display = display_folder + std::string(file);
  const auto source = yaml::with_yaml_line_breaks(
      replaced ? make_source_file(display, instead->text, load.diagnostics)
               : read_source_file(path, display, load.diagnostics));
  if (!source)
    return;
  const auto root = yaml::parse(*source, load.diagnostics);
  if (!root)
    return;
  if (root->is_null()) {
    load.diagnostics.error("dialogue.empty-file", {{"path", display}, {"key", std::string(key)}},
                           source->span_at_byte(1, 0));
    return;
  }
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

DialogueLoad load_dialogue(const Case& kase, const DialogueFileText* instead) {
  DialogueLoad load;
  const fs::path folder = kase.folder / dialogue_folder_name;
  const fs::path shown = fs::path(kase.case_file).parent_path() / dialogue_folder_name;
  const std::string display = shown.string() + "/";
  if (cannot_search(folder)) {
    load.diagnostics.error("folder.unreadable", {{"path", shown.string()}});
    return load;
  }
  for (const auto& file : dialogue_file_table)
    read_file(kase, folder, display, file.name, file.key, file.section, instead, load);
  load.diagnostics.sort_by_place();
  return load;
}

}  // namespace procure
