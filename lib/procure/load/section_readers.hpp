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

// Reads an optional (or required) text or text-per-language field into `target`.
void read_text_field(Context& ctx, yaml::MapReader& map, std::string_view key, std::string& target,
                     bool required = false);
void read_localized_field(Context& ctx, yaml::MapReader& map, std::string_view key,
                          LocalizedText& target, bool required = false);

// Reads a list of maps that each have a unique `id`. For each item, sets
// `id` and `where`, lets `read_fields(map, item)` read the other keys, then
// reports keys it did not ask for.
template <class Item, class ReadFields>
std::vector<Item> read_id_list(Context& ctx, const yaml::Node& node, ReadFields read_fields) {
  std::vector<Item> out;
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return out;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(ctx.reader, item);
    Item value;
    value.where = ctx.reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto id = ctx.reader.identifier(*n)) {
        value.id = *id;
        check_unique_id(ctx, ids, *id, *n);
      }
    }
    read_fields(map, value);
    map.finish();
    out.push_back(std::move(value));
  }
  return out;
}

// A time written directly or as a milestone id; the id is checked later.
std::optional<TimeRef> read_time_ref(Context& ctx, const yaml::Node& node);
// Reports a reference to a milestone that the timeline does not have.
void check_time_ref(Context& ctx, const TimeRef& ref);

void read_cpv(Context& ctx, const yaml::Node& node, std::vector<CpvCode>& target);
AwardCriteria read_award_criteria(Context& ctx, const yaml::Node& node, const std::string& path);
std::vector<QualificationRequirement> read_qualification_list(Context& ctx, const yaml::Node& node);

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
void read_stages(Context& ctx, const yaml::Node& node);
void read_partnership(Context& ctx, const yaml::Node& node);
void read_dialogue_closing(Context& ctx, const yaml::Node& node);
// Reports each milestone the stages name that the timeline lacks.
void check_stage_references(Context& ctx);
void read_lots(Context& ctx, const yaml::Node& node);
// A case divided into lots that states no value of its own is worth the sum
// of its lots' values (FOA § 5-4): set once everything is read.
void sum_lot_values(Context& ctx);
void read_contract(Context& ctx, const yaml::Node& node);
void read_tender_terms(Context& ctx, const yaml::Node& node);
void read_procurement_record(Context& ctx, const yaml::Node& node);

}  // namespace procure::load_detail
