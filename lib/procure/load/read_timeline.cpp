#include <algorithm>

#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

std::optional<std::variant<DateTime, DateWindow>> read_when(Context& ctx, const yaml::Node& node) {
  const auto text = ctx.reader.text(node);
  if (!text)
    return std::nullopt;
  if (text->find("..") != std::string::npos || text->find("-W") != std::string::npos) {
    const auto window = DateWindow::parse(*text);
    if (!window) {
      ctx.reader.report(node, window.problem());
      return std::nullopt;
    }
    return *window;
  }
  const auto at = ctx.reader.date_time(node);
  if (!at)
    return std::nullopt;
  return *at;
}

std::optional<MilestoneKind> standard_kind(std::string_view id) {
  for (const auto& c : standard_milestones()) {
    if (c.name == id)
      return c.value;
  }
  return std::nullopt;
}

}  // namespace

void read_timeline(Context& ctx, const yaml::Node& node) {
  if (!node.is_map() && !node.is_null()) {
    ctx.reader.error(node, "value.expected-map");
    return;
  }
  std::vector<std::string_view> standard_names;
  for (const auto& c : standard_milestones())
    standard_names.push_back(c.name);

  for (const auto& [key, value] : node.entries) {
    Milestone milestone;
    milestone.id = key.text;
    milestone.where = ctx.reader.span(key);
    const auto kind = standard_kind(key.text);
    milestone.kind = kind.value_or(MilestoneKind::custom);
    if (!ctx.reader.identifier(key))
      continue;

    const yaml::Node* when_node = &value;
    if (value.is_map()) {
      yaml::MapReader map(ctx.reader, value);
      when_node = map.required("at");
      if (const auto* n = kind ? map.optional("title") : map.required("title")) {
        if (auto v = ctx.reader.localized_text(*n))
          milestone.title = *v;
      }
      if (const auto* n = map.optional("note")) {
        if (auto v = ctx.reader.localized_text(*n))
          milestone.note = *v;
      }
      map.finish();
    } else if (!kind) {
      // A bare date under an unknown name is far more often a typo than a custom milestone.
      const auto suggestion = nearest(key.text, standard_names);
      ctx.reader.error(
          key, suggestion ? "timeline.unknown-milestone-suggest" : "timeline.unknown-milestone",
          {{"id", key.text}, {"suggestion", suggestion.value_or("")}});
      continue;
    }
    if (when_node == nullptr)
      continue;
    ctx.locate("timeline." + key.text, *when_node);
    milestone.where = ctx.reader.span(*when_node);
    const auto when = read_when(ctx, *when_node);
    if (!when)
      continue;
    milestone.when = *when;
    ctx.kase.timeline.milestones.push_back(std::move(milestone));
  }
}

void read_closing_days(Context& ctx, const yaml::Node& node) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    if (const auto day = ctx.reader.date(item)) {
      if (std::find(ctx.kase.closing_days.begin(), ctx.kase.closing_days.end(), *day) !=
          ctx.kase.closing_days.end()) {
        ctx.reader.warning(item, "closing-day.duplicate", {{"date", day->iso()}});
        continue;
      }
      ctx.kase.closing_days.push_back(*day);
    }
  }
  std::sort(ctx.kase.closing_days.begin(), ctx.kase.closing_days.end());
}

}  // namespace procure::load_detail
