#include "timeline_html.hpp"

#include <algorithm>

#include <kainjow/mustache.hpp>

#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

using kainjow::mustache::data;

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

data month_ticks(const ToolContext& ctx, const Scale& scale, Date first, Date last, int height) {
  data ticks{data::type::list};
  // Every month, or every quarter on a long timeline, so the labels never crowd.
  const unsigned step = scale.days() > 400 ? 3u : 1u;
  Date month = *Date::from_ymd(first.year(), first.month(), 1);
  while (month <= last) {
    if (month >= first && (month.month() - 1) % step == 0) {
      data tick;
      tick.set("x", std::to_string(scale.x(month)));
      tick.set("height", std::to_string(height));
      tick.set("label_x", std::to_string(scale.x(month) + 3));
      tick.set("label_y", "14");
      tick.set("label",
               std::string(month_name(month.month(), ctx.lang)).substr(0, 3) + " " +
                   std::to_string(month.year()));
      ticks.push_back(tick);
    }
    const unsigned next = month.month() % 12 + 1;
    month = *Date::from_ymd(month.year() + (next == 1 ? 1 : 0), next, 1);
  }
  return ticks;
}

}  // namespace

std::string timeline_html(const ToolContext& ctx, const LoadedCase& c, const TimelineView& view,
                          const std::string& template_text) {
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

  data page;
  page.set("lang", std::string(lang_code(ctx.lang)));
  page.set("heading", std::string(kase.title.in(ctx.lang, primary)));
  page.set("reference", kase.reference);
  page.set("buyer", kase.buyer.name);
  page.set("chart_heading", ctx.tr("ui.timeline.chart"));
  page.set("phases_heading", ctx.tr("ui.timeline.phases"));
  page.set("milestones_heading", ctx.tr("ui.timeline.milestones"));
  page.set("milestones_label", ctx.tr("ui.timeline.milestones"));
  page.set("svg_width", std::to_string(label_width + chart_width + 20));
  page.set("svg_height", std::to_string(height));
  page.set("milestones_y", std::to_string(markers_top + 12));
  page.set("ticks", month_ticks(ctx, scale, first, last, height));
  data bars{data::type::list};
  data phases{data::type::list};
  int y = top;
  for (const auto& p : view.phases) {
    data bar;
    bar.set("phase", std::string(name_in(phase_choices(), p.phase)));
    bar.set("name", p.name);
    bar.set("first", p.first.iso());
    bar.set("last", p.last.iso());
    bar.set("x", std::to_string(scale.x(p.first)));
    bar.set("y", std::to_string(y + (row_height - bar_height) / 2));
    bar.set("width", std::to_string(scale.width(p.first, p.last)));
    bar.set("height", std::to_string(bar_height));
    bar.set("text_y", std::to_string(y + row_height / 2 + 4));
    bars.push_back(bar);
    data row;
    row.set("name", p.name);
    row.set("first", p.first.iso());
    row.set("last", p.last.iso());
    row.set("days", std::to_string(p.first.days_until(p.last) + 1));
    phases.push_back(row);
    y += row_height;
  }
  page.set("bars", bars);
  page.set("phases", phases);
  data markers{data::type::list};
  data rows{data::type::list};
  for (const auto& r : view.rows) {
    data marker;
    marker.set("x", std::to_string(scale.x(r.last) + scale.width(r.last, r.last) / 2));
    marker.set("top", std::to_string(markers_top));
    marker.set("when", r.when);
    marker.set("title", r.title);
    markers.push_back(marker);
    data row;
    row.set("when", r.when);
    row.set("day", r.day);
    row.set("title", r.title);
    row.set("note", r.note);
    row.set("closed", r.closed);
    rows.push_back(row);
  }
  page.set("markers", markers);
  page.set("rows", rows);
  for (const auto& [key, label] :
       {std::pair{"column_phase", "ui.timeline.column.phase"},
        std::pair{"column_from", "ui.timeline.column.from"},
        std::pair{"column_to", "ui.timeline.column.to"},
        std::pair{"column_days", "ui.timeline.column.days"},
        std::pair{"column_when", "ui.timeline.column.when"},
        std::pair{"column_day", "ui.timeline.column.day"},
        std::pair{"column_milestone", "ui.timeline.column.milestone"},
        std::pair{"column_note", "ui.timeline.column.note"}}) {
    page.set(key, ctx.tr(label));
  }
  kainjow::mustache::mustache renderer(template_text);
  return renderer.render(page);
}

}  // namespace procure::cli
