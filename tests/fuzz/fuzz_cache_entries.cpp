// Fuzz target for what the caches read back from their entries, which sit
// in the user's cache folder where anything may damage them: what a case's
// files showed (decode_kept_case) and a YAML text's tree and problems
// (decode_parsed). Whatever reads back must write out again and read back
// the same, and a tree read back stays within the parse's limits.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/evidence_cache.hpp"
#include "common/yaml_tree_cache.hpp"
#include "fuzz_support.hpp"

namespace {

using procure::fuzz::expect;
namespace cli = procure::cli;

void check_kept_case(std::string_view input) {
  const auto kept = cli::decode_kept_case(input);
  if (!kept)
    return;
  const auto written = cli::encode_kept_case(*kept);
  // Problems cut short when read back are not written again.
  if (!written)
    return;
  const auto again = cli::decode_kept_case(*written);
  expect(again.has_value(), "a kept case written out reads back");
  expect(cli::encode_kept_case(*again) == written,
         "a kept case read back writes out as it was written");
  expect(again->case_text == kept->case_text && again->case_parsed == kept->case_parsed &&
             again->case_limits == kept->case_limits,
         "a kept case's text, tree and limits read back unchanged");
}

// Its nodes, keys included, as the decoder counts them.
std::size_t nodes_in(const procure::yaml::Node& node) {
  std::size_t count = 1;
  for (const auto& entry : node.entries)
    count += nodes_in(entry.key) + nodes_in(entry.value);
  for (const auto& item : node.items)
    count += nodes_in(item);
  return count;
}

void check_parsed(std::string_view input) {
  const procure::yaml::ParseLimits limits;
  const auto parsed = cli::decode_parsed(input, limits);
  if (!parsed)
    return;
  expect(nodes_in(parsed->root) <= 2 * limits.max_nodes + 1,
         "a tree read back holds no more nodes than a parse may make");
  const auto written = cli::encode_parsed(*parsed);
  if (!written)
    return;
  const auto again = cli::decode_parsed(*written, limits);
  expect(again.has_value(), "a tree written out reads back");
  expect(cli::encode_parsed(*again) == written, "a tree read back writes out as it was written");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_kept_case(input);
  check_parsed(input);
  return 0;
}
