#include <algorithm>
#include <cctype>

#include "procure/load/section_readers.hpp"

namespace procure::load_detail {

void check_unique_id(Context& ctx, std::vector<std::string>& seen, const std::string& id,
                     const yaml::Node& at) {
  if (std::find(seen.begin(), seen.end(), id) != seen.end()) {
    ctx.reader.error(at, "id.duplicate", {{"id", id}});
    return;
  }
  seen.push_back(id);
}

void read_text_field(Context& ctx, yaml::MapReader& map, std::string_view key, std::string& target,
                     bool required) {
  if (const auto* n = required ? map.required(key) : map.optional(key)) {
    if (auto v = ctx.reader.text(*n))
      target = *v;
  }
}

void read_localized_field(Context& ctx, yaml::MapReader& map, std::string_view key,
                          LocalizedText& target, bool required) {
  if (const auto* n = required ? map.required(key) : map.optional(key)) {
    if (auto v = ctx.reader.localized_text(*n))
      target = *v;
  }
}

std::optional<TimeRef> read_time_ref(Context& ctx, const yaml::Node& node) {
  const auto text = ctx.reader.text(node);
  if (!text)
    return std::nullopt;
  TimeRef ref;
  ref.where = ctx.reader.span(node);
  if (std::isdigit(static_cast<unsigned char>(text->front())) != 0) {
    ref.at = ctx.reader.date_time(node);
    if (!ref.at)
      return std::nullopt;
  } else {
    ref.milestone = *text;
  }
  return ref;
}

void check_time_ref(Context& ctx, const TimeRef& ref) {
  if (ref.at)
    return;
  const Milestone* milestone = ctx.kase.timeline.find(ref.milestone);
  if (milestone == nullptr) {
    const auto ids = ctx.kase.timeline.ids();
    const auto suggestion = nearest(ref.milestone, ids);
    ctx.reader.diagnostics().error(
        suggestion ? "ref.unknown-milestone-suggest" : "ref.unknown-milestone",
        {{"id", ref.milestone}, {"suggestion", suggestion.value_or("")}}, ref.where);
  } else if (milestone->is_planned_window()) {
    ctx.reader.diagnostics().error("ref.milestone-not-exact", {{"id", ref.milestone}}, ref.where);
  }
}

}  // namespace procure::load_detail
