#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

void read_agenda(Context& ctx, const yaml::Node& node, DialogueMeeting& meeting) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    yaml::MapReader map(ctx.reader, item);
    AgendaItem entry;
    if (const auto* n = map.optional("time")) {
      if (const auto text = ctx.reader.text(*n)) {
        const auto time = TimeOfDay::parse(*text);
        if (time) {
          entry.time = *time;
        } else {
          ctx.reader.report(*n, time.problem());
        }
      }
    }
    if (const auto* n = map.required("item")) {
      if (auto v = ctx.reader.localized_text(*n))
        entry.text = *v;
    }
    map.finish();
    meeting.agenda.push_back(std::move(entry));
  }
}

void read_meetings(Context& ctx, const yaml::Node& node) {
  ctx.kase.market_dialogue.meetings =
      read_id_list<DialogueMeeting>(ctx, node, [&](yaml::MapReader& map, DialogueMeeting& meeting) {
        if (const auto* n = map.optional("kind")) {
          if (auto v = ctx.reader.choice(*n, meeting_kind_choices()))
            meeting.kind = *v;
        }
        read_localized_field(ctx, map, "title", meeting.title, true);
        if (const auto* n = map.required("start")) {
          if (auto v = read_time_ref(ctx, *n))
            meeting.start = *v;
        }
        if (const auto* n = map.required("end")) {
          if (auto v = read_time_ref(ctx, *n))
            meeting.end = *v;
        }
        read_text_field(ctx, map, "place", meeting.place);
        if (const auto* n = map.optional("registration_deadline"))
          meeting.registration_deadline = read_time_ref(ctx, *n);
        if (const auto* n = map.optional("agenda"))
          read_agenda(ctx, *n, meeting);
      });
}

void read_written_input(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  WrittenInput input;
  input.where = ctx.reader.span(node);
  if (const auto* n = map.required("deadline")) {
    if (auto v = read_time_ref(ctx, *n))
      input.deadline = *v;
  }
  read_text_field(ctx, map, "submit_to", input.submit_to);
  if (const auto* n = map.required("questions")) {
    input.questions = read_id_list<WrittenInputQuestion>(
        ctx, *n, [&](yaml::MapReader& question_map, WrittenInputQuestion& question) {
          read_localized_field(ctx, question_map, "text", question.text, true);
        });
  }
  map.finish();
  ctx.kase.market_dialogue.written_input = std::move(input);
}

}  // namespace

void read_market_dialogue(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  if (const auto* n = map.optional("meetings"))
    read_meetings(ctx, *n);
  if (const auto* n = map.optional("written_input"))
    read_written_input(ctx, *n);
  map.finish();
}

}  // namespace procure::load_detail
