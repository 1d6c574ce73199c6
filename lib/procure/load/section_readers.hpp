#pragma once
// Internal to the loader: one reader per top-level section of case.yaml.

#include <string>

#include "procure/model/case.hpp"
#include "procure/yaml/reader.hpp"

namespace procure::load_detail {

struct Context {
  yaml::Reader& reader;
  Case& kase;

  // Remembers where the value at `path` stood, for later findings.
  void locate(const std::string& path, const yaml::Node& node) {
    kase.locations.insert_or_assign(path, reader.span(node));
  }
};

// Reports each id that repeats an earlier one in the same list.
void check_unique_id(Context& ctx, std::vector<std::string>& seen, const std::string& id,
                     const yaml::Node& at);

// A time written directly or as a milestone id; the id is checked later.
std::optional<TimeRef> read_time_ref(Context& ctx, const yaml::Node& node);
// Reports a reference to a milestone that the timeline does not have.
void check_time_ref(Context& ctx, const TimeRef& ref);

void read_buyer(Context& ctx, const yaml::Node& node);
void read_contacts(Context& ctx, const yaml::Node& node);
void read_evaluators(Context& ctx, const yaml::Node& node);
void read_qualification(Context& ctx, const yaml::Node& node);
void read_timeline(Context& ctx, const yaml::Node& node);
void read_closing_days(Context& ctx, const yaml::Node& node);
void read_market_dialogue(Context& ctx, const yaml::Node& node);
void read_award(Context& ctx, const yaml::Node& node);
void read_records(Context& ctx, const yaml::Node& node);
void read_reminders(Context& ctx, const yaml::Node& node);

}  // namespace procure::load_detail
