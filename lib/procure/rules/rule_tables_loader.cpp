#include "procure/rules/rule_tables_loader.hpp"

#include <algorithm>
#include <functional>

#include "procure/core/source_file.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {
namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

// A text of the tables in the reader's language: a citation or an address,
// the same in every language, or a map of all three languages.
std::optional<std::string> table_text(Reader& reader, const Node& node) {
  const auto text = reader.localized_text(node);
  if (!text)
    return std::nullopt;
  if (node.is_map()) {
    for (const Lang lang : all_langs) {
      if (!text->has(lang)) {
        reader.error(node, "rules.text-without-language", {{"lang", std::string(lang_code(lang))}});
        return std::nullopt;
      }
    }
  }
  return std::string(text->in(reader.primary_language(), Lang::en));
}

// Reads the `rule`, `source`, `in_force_from`, `maybe_in_force_from`,
// `unconfirmed` and `note` of a row.
bool read_ref(Reader& reader, MapReader& map, RuleRef& ref, bool dated) {
  bool ok = true;
  ref.where = reader.span(map.node());
  if (dated) {
    if (const auto* n = map.required("in_force_from")) {
      const auto day = reader.date(*n);
      ok = ok && day.has_value();
      if (day)
        ref.in_force_from = *day;
    } else {
      ok = false;
    }
    if (const auto* n = map.optional("maybe_in_force_from")) {
      ref.maybe_in_force_from = reader.date(*n);
      if (ok && ref.maybe_in_force_from && !(*ref.maybe_in_force_from < ref.in_force_from)) {
        reader.error(
            *n, "rules.maybe-in-force-not-before",
            {{"maybe", ref.maybe_in_force_from->iso()}, {"date", ref.in_force_from.iso()}});
        ok = false;
      }
      ok = ok && ref.maybe_in_force_from.has_value();
    }
  }
  for (auto [key, target] : {std::pair{"rule", &ref.rule}, std::pair{"source", &ref.source}}) {
    if (const auto* n = map.required(key)) {
      const auto text = table_text(reader, *n);
      ok = ok && text.has_value();
      if (text)
        *target = *text;
    } else {
      ok = false;
    }
  }
  if (const auto* n = map.optional("unconfirmed")) {
    const auto flag = reader.boolean(*n);
    ok = ok && flag.has_value();
    ref.unconfirmed = flag.value_or(false);
  }
  if (const auto* n = map.optional("note")) {
    const auto text = table_text(reader, *n);
    ok = ok && text.has_value();
    ref.note = text.value_or("");
  }
  return ok;
}

template <class E>
bool read_list(Reader& reader, const Node& node, std::span<const Choice<E>> choices,
               std::vector<E>& out) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return false;
  bool ok = true;
  for (const auto& item : *items) {
    const auto value = reader.choice(item, choices);
    ok = ok && value.has_value();
    if (value)
      out.push_back(*value);
  }
  return ok;
}

// Milestones the rules can name: the standard ones.
std::span<const Choice<MilestoneKind>> milestones() {
  return standard_milestones();
}

void report_duplicate(Reader& reader, const Node& at, const std::string& what, Date day) {
  reader.error(at, "rules.duplicate-row", {{"what", what}, {"date", day.iso()}});
}

// A required whole number.
bool read_count(Reader& reader, MapReader& map, std::string_view key, int& target) {
  const auto* n = map.required(key);
  const auto value = n != nullptr ? reader.count(*n) : std::nullopt;
  target = value.value_or(0);
  return value.has_value();
}

// Adds a row of a table versioned by date alone; a second row for a date is refused.
template <class Row>
bool add_dated_row(Reader& reader, const Node& at, std::string_view what, std::vector<Row>& rows,
                   Row row) {
  const bool duplicate = std::any_of(rows.begin(), rows.end(), [&](const Row& r) {
    return r.ref.in_force_from == row.ref.in_force_from;
  });
  if (duplicate) {
    report_duplicate(reader, at, std::string(what), row.ref.in_force_from);
    return false;
  }
  rows.push_back(std::move(row));
  return true;
}

bool read_threshold_row(Reader& reader, const Node& node, std::vector<ThresholdRow>& rows) {
  MapReader map(reader, node);
  RuleRef ref;
  bool ok = read_ref(reader, map, ref, true);
  for (const auto& choice : threshold_kind_choices()) {
    const auto* n = map.optional(choice.name);
    if (n == nullptr)
      continue;
    const auto amount = reader.money(*n, Currency{"NOK", 2});
    ok = ok && amount.has_value();
    if (!amount)
      continue;
    const bool duplicate = std::any_of(rows.begin(), rows.end(), [&](const ThresholdRow& r) {
      return r.kind == choice.value && r.ref.in_force_from == ref.in_force_from;
    });
    if (duplicate) {
      report_duplicate(reader, *n, std::string(choice.name), ref.in_force_from);
      ok = false;
      continue;
    }
    rows.push_back({choice.value, *amount, ref});
  }
  map.finish();
  return ok;
}

bool read_conditions(Reader& reader, const Node& node, TimeLimitConditions& when) {
  MapReader map(reader, node);
  bool ok = true;
  for (auto [key, target] : {std::pair{"electronic_submission", &when.electronic_submission},
                             std::pair{"prior_information_notice", &when.prior_information_notice},
                             std::pair{"urgency", &when.urgency},
                             std::pair{"award_notice_electronic", &when.award_notice_electronic}}) {
    if (const auto* n = map.optional(key)) {
      *target = reader.boolean(*n);
      ok = ok && target->has_value();
    }
  }
  if (const auto* n = map.optional("buyer_kind")) {
    when.buyer_kind = reader.choice(*n, buyer_kind_choices());
    ok = ok && when.buyer_kind.has_value();
  }
  map.finish();
  return ok;
}

bool read_time_limit_row(Reader& reader, const Node& node, std::vector<TimeLimitRow>& rows) {
  MapReader map(reader, node);
  TimeLimitRow row;
  bool ok = read_ref(reader, map, row.ref, true);
  const Node* id_node = map.required("id");
  if (id_node != nullptr) {
    const auto id = reader.identifier(*id_node);
    ok = ok && id.has_value();
    row.id = id.value_or("");
  } else {
    ok = false;
  }
  if (const auto* n = map.optional("procedures"))
    ok = read_list(reader, *n, procedure_choices(), row.procedures) && ok;
  if (const auto* n = map.optional("regimes"))
    ok = read_list(reader, *n, regime_choices(), row.regimes) && ok;
  if (const auto* n = map.optional("check")) {
    const auto check = reader.choice(*n, time_limit_check_choices());
    ok = ok && check.has_value();
    row.check = check.value_or(TimeLimitCheck::minimum_period);
  }
  for (auto [key, target] : {std::pair{"from", &row.from}, std::pair{"to", &row.to}}) {
    const auto* n = map.required(key);
    const auto milestone = n != nullptr ? reader.choice(*n, milestones()) : std::nullopt;
    ok = ok && milestone.has_value();
    *target = milestone.value_or(MilestoneKind::custom);
  }
  ok = read_count(reader, map, "days", row.days) && ok;
  if (const auto* n = map.optional("when"))
    ok = read_conditions(reader, *n, row.when) && ok;
  map.finish();
  if (!ok)
    return false;
  const bool duplicate = std::any_of(rows.begin(), rows.end(), [&](const TimeLimitRow& r) {
    return r.id == row.id && r.ref.in_force_from == row.ref.in_force_from;
  });
  if (duplicate) {
    report_duplicate(reader, *id_node, row.id, row.ref.in_force_from);
    return false;
  }
  rows.push_back(std::move(row));
  return true;
}

bool read_validity_row(Reader& reader, const Node& node, std::vector<TenderValidityRow>& rows) {
  MapReader map(reader, node);
  TenderValidityRow row;
  bool ok = read_ref(reader, map, row.ref, true);
  ok = read_count(reader, map, "days", row.days) && ok;
  map.finish();
  return ok && add_dated_row(reader, node, "tender_validity", rows, std::move(row));
}

bool read_pin_row(Reader& reader, const Node& node, std::vector<PinRow>& rows) {
  MapReader map(reader, node);
  PinRow row;
  bool ok = read_ref(reader, map, row.ref, true);
  ok = read_count(reader, map, "at_least_days_before_notice", row.at_least_days) && ok;
  ok = read_count(reader, map, "at_most_months_before_notice", row.at_most_months) && ok;
  map.finish();
  return ok && add_dated_row(reader, node, "prior_information_notice", rows, std::move(row));
}

bool read_small_lots_row(Reader& reader, const Node& node, std::vector<SmallLotsRow>& rows) {
  MapReader map(reader, node);
  SmallLotsRow row;
  bool ok = read_ref(reader, map, row.ref, true);
  for (auto [key, target] :
       {std::pair{"goods_and_services", &row.goods_and_services}, std::pair{"works", &row.works}}) {
    const auto* n = map.required(key);
    const auto amount = n != nullptr ? reader.money(*n, Currency{"NOK", 2}) : std::nullopt;
    ok = ok && amount.has_value();
    if (amount)
      *target = *amount;
  }
  const auto* share = map.required("share");
  const auto percent = share != nullptr ? reader.percent(*share) : std::nullopt;
  ok = ok && percent.has_value();
  row.share = percent.value_or(Decimal());
  map.finish();
  return ok && add_dated_row(reader, node, "small_lots", rows, std::move(row));
}

bool read_order_row(Reader& reader, const Node& node, std::vector<OrderRule>& rows) {
  MapReader map(reader, node);
  OrderRule row;
  row.where = reader.span(node);
  RuleRef ref;
  bool ok = read_ref(reader, map, ref, false);
  row.rule = ref.rule;
  row.source = ref.source;
  const Node* milestone_node = map.required("milestone");
  if (milestone_node != nullptr) {
    const auto milestone = reader.choice(*milestone_node, milestones());
    ok = ok && milestone.has_value();
    row.milestone = milestone.value_or(MilestoneKind::custom);
  } else {
    ok = false;
  }
  if (const auto* n = map.required("after"))
    ok = read_list(reader, *n, milestones(), row.after) && ok;
  else
    ok = false;
  if (const auto* n = map.optional("same_time_allowed")) {
    const auto flag = reader.boolean(*n);
    ok = ok && flag.has_value();
    row.same_time_allowed = flag.value_or(false);
  }
  map.finish();
  if (!ok)
    return false;
  const bool duplicate = std::any_of(
      rows.begin(), rows.end(), [&](const OrderRule& r) { return r.milestone == row.milestone; });
  if (duplicate) {
    reader.error(*milestone_node, "rules.duplicate-order", {{"milestone", milestone_node->text}});
    return false;
  }
  rows.push_back(std::move(row));
  return true;
}

bool read_contract_period_row(Reader& reader, const Node& node,
                              std::vector<ContractPeriodRow>& rows) {
  MapReader map(reader, node);
  ContractPeriodRow row;
  bool ok = read_ref(reader, map, row.ref, true);
  const Node* id_node = map.required("id");
  const auto id = id_node != nullptr ? reader.identifier(*id_node) : std::nullopt;
  ok = ok && id.has_value();
  row.id = id.value_or("");
  if (const auto* n = map.optional("regimes"))
    ok = read_list(reader, *n, regime_choices(), row.regimes) && ok;
  if (const auto* n = map.optional("period")) {
    const auto text = reader.text(*n);
    ok = ok && text.has_value();
    if (text) {
      const auto period = Period::parse(*text);
      if (period)
        row.period = *period;
      else
        reader.report(*n, period.problem());
      ok = ok && period.ok();
    }
  }
  map.finish();
  if (!ok)
    return false;
  const bool duplicate = std::any_of(rows.begin(), rows.end(), [&](const ContractPeriodRow& r) {
    return r.id == row.id && r.ref.in_force_from == row.ref.in_force_from &&
           r.regimes == row.regimes;
  });
  if (duplicate) {
    report_duplicate(reader, *id_node, row.id, row.ref.in_force_from);
    return false;
  }
  rows.push_back(std::move(row));
  return true;
}

// The thresholds file's `revision_due`: the day the next revision is due,
// with the rule that sets it and its source.
bool read_threshold_revision(Reader& reader, MapReader& file,
                             std::optional<ThresholdRevision>& revision) {
  const auto* node = file.optional("revision_due");
  if (node == nullptr)
    return true;
  MapReader map(reader, *node);
  ThresholdRevision read;
  bool ok = read_ref(reader, map, read.ref, false);
  const auto* due = map.required("date");
  const auto day = due != nullptr ? reader.date(*due) : std::nullopt;
  ok = ok && day.has_value();
  map.finish();
  if (!ok)
    return false;
  read.due = *day;
  read.ref.in_force_from = *day;
  revision = std::move(read);
  return true;
}

// Reads one file: its format line, the list under `section`, row by row, and
// what `read_more` reads of the file's other keys.
bool read_file(const std::filesystem::path& folder, const std::string& display_folder,
               std::string_view file, std::string_view section, Lang shown,
               Diagnostics& diagnostics, const yaml::ParseMemo* trees,
               const std::function<bool(Reader&, const Node&)>& read_row,
               const std::function<bool(Reader&, MapReader&)>& read_more = {}) {
  const std::string display =
      display_folder.empty() ? std::string(file) : display_folder + "/" + std::string(file);
  const auto source =
      yaml::with_yaml_line_breaks(read_source_file(folder / file, display, diagnostics));
  if (!source)
    return false;
  const auto root = yaml::parse(*source, diagnostics, trees);
  if (!root)
    return false;
  const int errors_before = diagnostics.error_count();
  // The tables' texts are taken in the language they are shown in.
  Reader reader(*source, diagnostics, shown);
  MapReader map(reader, *root);
  if (const auto* n = map.required("format")) {
    if (const auto v = reader.text(*n); v && *v != rules_format_v1) {
      reader.error(*n, "case.unknown-format",
                   {{"value", *v}, {"expected", std::string(rules_format_v1)}});
    }
  }
  if (const auto* n = map.required(section)) {
    if (const auto* rows = reader.sequence(*n)) {
      for (const auto& row : *rows)
        read_row(reader, row);
    }
  }
  if (read_more)
    read_more(reader, map);
  map.finish();
  return diagnostics.error_count() == errors_before;
}

}  // namespace

std::optional<RuleTables> load_rule_tables(const std::filesystem::path& folder,
                                           const std::string& display_folder,
                                           Diagnostics& diagnostics, Lang shown,
                                           const yaml::ParseMemo* trees) {
  RuleTables tables;
  tables.texts_in = shown;
  bool ok = read_file(
      folder, display_folder, thresholds_file, "thresholds", shown, diagnostics, trees,
      [&](Reader& r, const Node& n) { return read_threshold_row(r, n, tables.thresholds); },
      [&](Reader& r, MapReader& file) {
        return read_threshold_revision(r, file, tables.threshold_revision);
      });
  ok = read_file(folder, display_folder, time_limits_file, "time_limits", shown, diagnostics, trees,
                 [&](Reader& r, const Node& n) {
                   return read_time_limit_row(r, n, tables.time_limits);
                 }) &&
       ok;
  ok = read_file(folder, display_folder, tender_validity_file, "tender_validity", shown,
                 diagnostics, trees,
                 [&](Reader& r, const Node& n) {
                   return read_validity_row(r, n, tables.tender_validity);
                 }) &&
       ok;
  ok = read_file(folder, display_folder, prior_information_notice_file, "prior_information_notice",
                 shown, diagnostics, trees,
                 [&](Reader& r, const Node& n) {
                   return read_pin_row(r, n, tables.prior_information_notice);
                 }) &&
       ok;
  ok = read_file(folder, display_folder, small_lots_file, "small_lots", shown, diagnostics, trees,
                 [&](Reader& r, const Node& n) {
                   return read_small_lots_row(r, n, tables.small_lots);
                 }) &&
       ok;
  ok = read_file(folder, display_folder, milestone_order_file, "order", shown, diagnostics, trees,
                 [&](Reader& r, const Node& n) { return read_order_row(r, n, tables.order); }) &&
       ok;
  ok = read_file(folder, display_folder, contract_phase_file, "contract_periods", shown,
                 diagnostics, trees,
                 [&](Reader& r, const Node& n) {
                   return read_contract_period_row(r, n, tables.contract_periods);
                 }) &&
       ok;
  diagnostics.sort_by_place();
  if (!ok)
    return std::nullopt;
  return tables;
}

}  // namespace procure
