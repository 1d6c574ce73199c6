#include "common/case_template.hpp"

#include "procure/flow/planned_timeline.hpp"
#include "procure/yaml/quote.hpp"

namespace procure::cli {

void inside_double_quotes(std::string& out, std::string_view text, ValuePlace) {
  const std::string quoted = yaml::double_quoted(text);
  out.append(quoted, 1, quoted.size() - 2);
}

nlohmann::json case_template_values(const std::string& reference, Date today) {
  const PlannedTimeline plan = plan_timeline(today);
  std::string closing_days;
  for (const Date day : plan.closing_days)
    closing_days += (closing_days.empty() ? "" : ", ") + day.iso();
  return {
      {"reference", reference},
      {"meeting_date", plan.dialogue_meeting.iso()},
      {"written_input_deadline", plan.written_input_deadline.iso()},
      {"notice_window", plan.notice_first_week.iso() + ".." + plan.notice_last_week.iso()},
      {"clarification_deadline", plan.clarification_deadline.iso()},
      {"tender_deadline", plan.tender_deadline.iso()},
      {"award_notice", plan.award_notice.iso()},
      {"standstill_end", plan.standstill_end.iso()},
      {"contract_signature", plan.contract_signature.iso()},
      {"tender_validity_end", plan.tender_validity_end.iso()},
      {"closing_days", closing_days},
  };
}

namespace {
constexpr std::string_view case_template_subfolder = "templates/init";
}  // namespace

std::filesystem::path case_template_folder(const std::filesystem::path& data_dir) {
  return data_dir / case_template_subfolder;
}

std::optional<std::string> render_case_template(const std::filesystem::path& data_dir, Lang lang,
                                                const std::string& reference, Date today,
                                                Diagnostics& diagnostics) {
  TemplateSet templates(template_folders({}, data_dir, case_template_subfolder), lang,
                        ".yaml.mustache");
  return templates.render("case", case_template_values(reference, today), inside_double_quotes,
                          diagnostics);
}

}  // namespace procure::cli
