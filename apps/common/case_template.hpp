#pragma once
// procure-init's case template (templates/init/<lang>/case.yaml.mustache):
// rendered by procure-init for a new case, and by procure-check as the blank
// a case is compared with to find the values still left as the template
// gave them.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/documents/template_set.hpp"
#include "procure/time/civil_time.hpp"

namespace procure::cli {

// The template puts every value inside YAML double quotes or as a plain date
// of ours, so escaping for the inside of double quotes is enough.
void inside_double_quotes(std::string& out, std::string_view text, ValuePlace place);

// The values the template is rendered with: the reference, and a timeline
// planned from `today` that avoids weekends, holidays and the closing days
// and meets the rules' minimum time limits, so a new case passes check at once.
nlohmann::json case_template_values(const std::string& reference, Date today);

// The folder of the templates in every language, below `data_dir`.
std::filesystem::path case_template_folder(const std::filesystem::path& data_dir);

// The template in `lang` as procure-init would write it; nullopt when it
// cannot be rendered (the problem is in `diagnostics`).
std::optional<std::string> render_case_template(const std::filesystem::path& data_dir, Lang lang,
                                                const std::string& reference, Date today,
                                                Diagnostics& diagnostics);

}  // namespace procure::cli
