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
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(ctx.reader, item);
    DialogueMeeting meeting;
    meeting.where = ctx.reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = ctx.reader.identifier(*n)) {
        meeting.id = *v;
        check_unique_id(ctx, ids, *v, *n);
      }
    }
    if (const auto* n = map.optional("kind")) {
      if (auto v = ctx.reader.choice(*n, meeting_kind_choices()))
        meeting.kind = *v;
    }
    if (const auto* n = map.required("title")) {
      if (auto v = ctx.reader.localized_text(*n))
        meeting.title = *v;
    }
    const auto* start = map.required("start");
    const auto* end = map.required("end");
    if (start != nullptr) {
      if (auto v = read_time_ref(ctx, *start))
        meeting.start = *v;
    }
    if (end != nullptr) {
      if (auto v = read_time_ref(ctx, *end))
        meeting.end = *v;
    }
    if (const auto* n = map.optional("place")) {
      if (auto v = ctx.reader.text(*n))
        meeting.place = *v;
    }
    if (const auto* n = map.optional("registration_deadline")) {
      meeting.registration_deadline = read_time_ref(ctx, *n);
    }
    if (const auto* n = map.optional("agenda"))
      read_agenda(ctx, *n, meeting);
    map.finish();
    ctx.kase.market_dialogue.meetings.push_back(std::move(meeting));
  }
}

void read_written_input(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  WrittenInput input;
  input.where = ctx.reader.span(node);
  if (const auto* n = map.required("deadline")) {
    if (auto v = read_time_ref(ctx, *n))
      input.deadline = *v;
  }
  if (const auto* n = map.optional("submit_to")) {
    if (auto v = ctx.reader.text(*n))
      input.submit_to = *v;
  }
  if (const auto* n = map.required("questions")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      std::vector<std::string> ids;
      for (const auto& item : *items) {
        yaml::MapReader question_map(ctx.reader, item);
        WrittenInputQuestion question;
        question.where = ctx.reader.span(item);
        if (const auto* q = question_map.required("id")) {
          if (auto v = ctx.reader.identifier(*q)) {
            question.id = *v;
            check_unique_id(ctx, ids, *v, *q);
          }
        }
        if (const auto* q = question_map.required("text")) {
          if (auto v = ctx.reader.localized_text(*q))
            question.text = *v;
        }
        question_map.finish();
        input.questions.push_back(std::move(question));
      }
    }
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
