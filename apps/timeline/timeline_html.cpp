#include "timeline_html.hpp"

#include <algorithm>

#include "procure/documents/escaping.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

// The chart's geometry, in SVG user units.
constexpr int label_width = 170;
constexpr int chart_width = 700;
constexpr int top = 24;
constexpr int row_height = 26;
constexpr int bar_height = 16;

class Scale {
 public:
  Scale(Date first, Date last) : first_(first), days_(first.days_until(last) + 1) {}
  // The left edge of a day.
  int x(Date day) const { return label_width + first_.days_until(day) * chart_width / days_; }
  int width(Date from, Date to) const { return std::max(3, x(to.plus_days(1)) - x(from)); }
  int days() const { return days_; }

 private:
  Date first_;
  int days_;
};

nlohmann::json month_ticks(const ToolContext& ctx, const Scale& scale, Date first, Date last,
                           int height) {
  nlohmann::json ticks = nlohmann::json::array();
  // Every month, or every quarter on a long timeline, so the labels never crowd.
  const unsigned step = scale.days() > 400 ? 3u : 1u;
  Date month = *Date::from_ymd(first.year(), first.month(), 1);
  while (month <= last) {
    if (month >= first && (month.month() - 1) % step == 0) {
      ticks.push_back({{"x", std::to_string(scale.x(month))},
                       {"height", std::to_string(height)},
                       {"label_x", std::to_string(scale.x(month) + 3)},
                       {"label_y", "14"},
                       {"label", std::string(month_name(month.month(), ctx.lang)).substr(0, 3) +
                                     " " + std::to_string(month.year())}});
    }
    const unsigned next = month.month() % 12 + 1;
    month = *Date::from_ymd(month.year() + (next == 1 ? 1 : 0), next, 1);
  }
  return ticks;
}

}  // namespace

std::optional<std::string> timeline_html(const ToolContext& ctx, const LoadedCase& c,
                                         const TimelineView& view, TemplateSet& templates,
                                         Diagnostics& problems) {
  const Case& kase = c.value;
  const Lang primary = kase.primary_language();
  Date first = view.rows.empty() ? Date() : view.rows.front().first;
  Date last = first;
  for (const auto& r : view.rows) {
    first = std::min(first, r.first);
    last = std::max(last, r.last);
  }
  for (const auto& p : view.phases) {
    first = std::min(first, p.first);
    last = std::max(last, p.last);
  }
  const Scale scale(first, last);
  const int markers_top = top + static_cast<int>(view.phases.size()) * row_height + 4;
  const int height = markers_top + row_height;

  nlohmann::json page{
      {"lang", std::string(lang_code(ctx.lang))},
      {"heading", std::string(kase.title.in(ctx.lang, primary))},
      {"reference", kase.reference},
      {"buyer", kase.buyer.name},
      {"chart_heading", ctx.tr("ui.timeline.chart")},
      {"phases_heading", ctx.tr("ui.timeline.phases")},
      {"milestones_heading", ctx.tr("ui.timeline.milestones")},
      {"milestones_label", ctx.tr("ui.timeline.milestones")},
      {"svg_width", std::to_string(label_width + chart_width + 20)},
      {"svg_height", std::to_string(height)},
      {"milestones_y", std::to_string(markers_top + 12)},
      {"ticks", month_ticks(ctx, scale, first, last, height)},
  };
  nlohmann::json bars = nlohmann::json::array();
  nlohmann::json phases = nlohmann::json::array();
  int y = top;
  for (const auto& p : view.phases) {
    bars.push_back({{"phase", std::string(name_in(phase_choices(), p.phase))},
                    {"name", p.name},
                    {"first", p.first.iso()},
                    {"last", p.last.iso()},
                    {"x", std::to_string(scale.x(p.first))},
                    {"y", std::to_string(y + (row_height - bar_height) / 2)},
                    {"width", std::to_string(scale.width(p.first, p.last))},
                    {"height", std::to_string(bar_height)},
                    {"text_y", std::to_string(y + row_height / 2 + 4)}});
    phases.push_back({{"name", p.name},
                      {"first", p.first.iso()},
                      {"last", p.last.iso()},
                      {"days", std::to_string(p.days_after_start())}});
    y += row_height;
  }
  page["bars"] = bars;
  page["phases"] = phases;
  nlohmann::json markers = nlohmann::json::array();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : view.rows) {
    markers.push_back({{"x", std::to_string(scale.x(r.last) + scale.width(r.last, r.last) / 2)},
                       {"top", std::to_string(markers_top)},
                       {"when", r.when},
                       {"title", r.title}});
    rows.push_back({{"when", r.when},
                    {"day", r.day},
                    {"title", r.title},
                    {"note", r.note},
                    {"closed", r.closed}});
  }
  page["markers"] = markers;
  page["rows"] = rows;
  for (const auto& [key, label] : {std::pair{"column_phase", "ui.timeline.column.phase"},
                                   std::pair{"column_from", "ui.timeline.column.from"},
                                   std::pair{"column_to", "ui.timeline.column.to"},
                                   std::pair{"column_days", "ui.timeline.column.days"},
                                   std::pair{"column_when", "ui.timeline.column.when"},
                                   std::pair{"column_day", "ui.timeline.column.day"},
                                   std::pair{"column_milestone", "ui.timeline.column.milestone"},
                                   std::pair{"column_note", "ui.timeline.column.note"}}) {
    page[key] = ctx.tr(label);
  }
  return templates.render(
      "timeline", page,
      [](std::string& out, std::string_view text, ValuePlace) { out += html_escape(text); },
      problems);
}

}  // namespace procure::cli
