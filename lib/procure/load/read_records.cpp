// The `records:` and `reminders:` sections: what has been done in the case,
// and when the officer wants to be reminded.
#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

template <class T, class Read>
void read_record(Context& ctx, yaml::MapReader& map, std::string_view key, std::optional<T>& target,
                 Read read) {
  const yaml::Node* n = map.optional(key);
  if (n == nullptr)
    return;
  ctx.locate("records." + std::string(key), *n);
  target = read(*n);
}

void read_published_notices(Context& ctx, const yaml::Node& node) {
  auto& reader = ctx.reader;
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    if (!map.is_map())
      continue;
    PublishedNotice notice;
    notice.where = reader.span(item);
    if (const auto* n = map.required("kind")) {
      if (const auto kind = reader.choice(*n, notice_kind_choices()))
        notice.kind = *kind;
    }
    if (const auto* n = map.required("version"))
      notice.version = reader.count(*n).value_or(1);
    if (const auto* n = map.optional("published"))
      notice.published = reader.date(*n);
    if (const auto* n = map.required("content"))
      notice.content = reader.text(*n).value_or("");
    map.finish();
    ctx.kase.records.notices.push_back(std::move(notice));
  }
}

}  // namespace

void read_records(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  auto& records = ctx.kase.records;
  auto& reader = ctx.reader;
  const auto date = [&](const yaml::Node& n) { return reader.date(n); };
  const auto count = [&](const yaml::Node& n) { return reader.count(n); };
  read_record(ctx, map, "dialogue_held", records.dialogue_held, date);
  read_record(ctx, map, "written_inputs_received", records.written_inputs_received, count);
  read_record(ctx, map, "notice_published", records.notice_published, date);
  read_record(ctx, map, "tenders_received", records.tenders_received, count);
  read_record(ctx, map, "tenders_opened", records.tenders_opened,
              [&](const yaml::Node& n) { return reader.date_time(n); });
  read_record(ctx, map, "scores_agreed", records.scores_agreed, date);
  read_record(ctx, map, "award_notices_sent", records.award_notices_sent, date);
  read_record(ctx, map, "contract_signed", records.contract_signed, date);
  read_record(ctx, map, "winner_size", records.winner_size,
              [&](const yaml::Node& n) { return reader.choice(n, company_size_choices()); });
  if (const auto* n = map.optional("notices")) {
    ctx.locate("records.notices", *n);
    read_published_notices(ctx, *n);
  }
  map.finish();
}

void read_reminders(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  if (const auto* n = map.optional("alarms")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items) {
        const auto text = ctx.reader.text(item);
        if (!text)
          continue;
        const auto period = Period::parse(*text);
        if (!period) {
          ctx.reader.report(item, period.problem());
          continue;
        }
        // Calendar programs take alarms in weeks, days, hours and minutes only.
        if (period->unit == PeriodUnit::working_days || period->unit == PeriodUnit::months) {
          ctx.reader.error(item, "period.unit-not-allowed",
                           {{"value", *text}, {"allowed", "d, w, h"}});
          continue;
        }
        ctx.kase.alarms.push_back(*period);
      }
    }
  }
  map.finish();
}

}  // namespace procure::load_detail
