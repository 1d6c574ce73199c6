// The `contract:` section: the contract as signed, its options, what was
// recorded about them, and for a framework agreement its suppliers and
// call-offs.
#include <algorithm>
#include <string>

#include "procure/core/suggest.hpp"
#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

std::optional<Date> read_date(Context& ctx, yaml::MapReader& map, std::string_view key,
                              const std::string& path) {
  const auto* n = map.optional(key);
  if (n == nullptr)
    return std::nullopt;
  ctx.locate(path, *n);
  return ctx.reader.date(*n);
}

// A length of time in days, weeks or months ("12mo", "90d"); hours make no
// sense for a contract.
std::optional<Period> read_length(Context& ctx, yaml::MapReader& map, std::string_view key,
                                  const std::string& path) {
  const auto* n = map.optional(key);
  if (n == nullptr)
    return std::nullopt;
  ctx.locate(path, *n);
  const auto text = ctx.reader.text(*n);
  if (!text)
    return std::nullopt;
  const auto period = Period::parse(*text);
  if (!period) {
    ctx.reader.report(*n, period.problem());
    return std::nullopt;
  }
  if (period->unit == PeriodUnit::hours) {
    ctx.reader.error(*n, "period.unit-not-allowed",
                     {{"value", *text}, {"allowed", "d, wd, w, mo"}});
    return std::nullopt;
  }
  return *period;
}

std::optional<Money> read_value(Context& ctx, yaml::MapReader& map, const std::string& path) {
  const auto* n = map.optional("value");
  if (n == nullptr)
    return std::nullopt;
  ctx.locate(path, *n);
  auto value = ctx.reader.money(*n, ctx.kase.currency);
  if (value && value->is_negative()) {
    ctx.reader.error(*n, "money.negative", {{"value", n->text}});
    return std::nullopt;
  }
  return value;
}

void read_options(Context& ctx, const yaml::Node& node, Contract& contract) {
  std::size_t index = 0;
  contract.options =
      read_id_list<ContractOption>(ctx, node, [&](yaml::MapReader& map, ContractOption& option) {
        const std::string path = "contract.options[" + std::to_string(index++) + "]";
        ctx.locate(path, map.node());
        if (auto v = read_length(ctx, map, "extension", path + ".extension"))
          option.extension = *v;
        if (auto v = read_length(ctx, map, "notice", path + ".notice"))
          option.notice = *v;
        option.exercised = read_date(ctx, map, "exercised", path + ".exercised");
        option.declined = read_date(ctx, map, "declined", path + ".declined");
        if (option.exercised && option.declined) {
          ctx.reader.diagnostics().error("contract.option-used-and-declined", {{"id", option.id}},
                                         *ctx.kase.location(path + ".declined"));
        }
      });
}

void read_call_offs(Context& ctx, const yaml::Node& node, Framework& framework) {
  std::size_t index = 0;
  framework
      .call_offs = read_id_list<CallOff>(ctx, node, [&](yaml::MapReader& map, CallOff& call_off) {
    const std::string path = "contract.framework.call_offs[" + std::to_string(index++) + "]";
    ctx.locate(path, map.node());
    if (const auto* n = map.required("method")) {
      if (auto v = ctx.reader.choice(*n, call_off_method_choices()))
        call_off.method = *v;
    }
    if (const auto* n = map.optional("supplier")) {
      ctx.locate(path + ".supplier", *n);
      if (auto v = ctx.reader.identifier(*n)) {
        call_off.supplier = *v;
        if (framework.find_supplier(*v) == nullptr) {
          std::vector<std::string> ids;
          for (const auto& s : framework.suppliers)
            ids.push_back(s.id);
          const auto suggestion = nearest(*v, ids);
          ctx.reader.error(
              *n, suggestion ? "call-off.unknown-supplier-suggest" : "call-off.unknown-supplier",
              {{"id", *v}, {"suggestion", suggestion.value_or("")}});
        }
      }
    }
    call_off.value = read_value(ctx, map, path + ".value");
    if (const auto* n = map.optional("folder")) {
      ctx.locate(path + ".folder", *n);
      if (auto v = ctx.reader.text(*n))
        call_off.folder = *v;
    }
    call_off.signed_on = read_date(ctx, map, "signed", path + ".signed");
    if (call_off.method == CallOffMethod::mini_competition && call_off.folder.empty()) {
      ctx.reader.diagnostics().error("call-off.no-folder", {{"id", call_off.id}}, call_off.where);
    }
    // A contract under the framework is awarded only as its terms say (FOA § 26-3).
    const auto& stated = framework.call_off_by;
    if (!stated.empty() &&
        std::find(stated.begin(), stated.end(), call_off.method) == stated.end()) {
      ctx.reader.diagnostics().error(
          "call-off.method-not-in-framework",
          {{"id", call_off.id},
           {"method", std::string(name_in(call_off_method_choices(), call_off.method))}},
          call_off.where);
    }
  });
}

void read_framework(Context& ctx, const yaml::Node& node, Contract& contract) {
  yaml::MapReader map(ctx.reader, node);
  Framework framework;
  ctx.locate("contract.framework", node);
  if (const auto* n = map.required("suppliers")) {
    framework.suppliers = read_id_list<FrameworkSupplier>(
        ctx, *n, [&](yaml::MapReader& m, FrameworkSupplier& supplier) {
          read_text_field(ctx, m, "name", supplier.name, true);
        });
  }
  if (const auto* n = map.optional("call_off_by")) {
    ctx.locate("contract.framework.call_off_by", *n);
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items) {
        if (auto v = ctx.reader.choice(item, call_off_method_choices());
            v && std::find(framework.call_off_by.begin(), framework.call_off_by.end(), *v) ==
                     framework.call_off_by.end())
          framework.call_off_by.push_back(*v);
      }
    }
  }
  if (const auto* n = map.optional("longer_duration_reason")) {
    ctx.locate("contract.framework.longer_duration_reason", *n);
    if (auto v = ctx.reader.text(*n))
      framework.longer_duration_reason = *v;
  }
  // The suppliers first: each call-off names one of them.
  if (const auto* n = map.optional("call_offs"))
    read_call_offs(ctx, *n, framework);
  map.finish();
  contract.framework = std::move(framework);
}

}  // namespace

void read_contract(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Contract contract;
  contract.where = ctx.reader.span(node);
  ctx.locate("contract", node);
  contract.start = read_date(ctx, map, "start", "contract.start");
  contract.end = read_date(ctx, map, "end", "contract.end");
  contract.value = read_value(ctx, map, "contract.value");
  if (auto v = read_length(ctx, map, "successor_lead_time", "contract.successor_lead_time"))
    contract.successor_lead_time = *v;
  if (const auto* n = map.optional("options"))
    read_options(ctx, *n, contract);
  contract.award_notice_published =
      read_date(ctx, map, "award_notice_published", "contract.award_notice_published");
  contract.ended = read_date(ctx, map, "ended", "contract.ended");
  if (const auto* n = map.optional("framework"))
    read_framework(ctx, *n, contract);
  map.finish();
  if (contract.start && contract.end && *contract.end < *contract.start) {
    ctx.reader.diagnostics().error("contract.ends-before-start",
                                   {{"start", contract.start->iso()}, {"end", contract.end->iso()}},
                                   *ctx.kase.location("contract.end"));
  }
  ctx.kase.contract = std::move(contract);
}

}  // namespace procure::load_detail
