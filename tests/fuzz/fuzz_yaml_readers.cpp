// Fuzz target for the two YAML readers: whatever the text, reading it
// (libyaml first, yaml-cpp for what libyaml should not read) gives the tree
// and the problems yaml-cpp alone gives, every node's place included; but
// for a text yaml-cpp reads that libyaml finds not well-formed, which is
// refused with that one problem more.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "procure/yaml/event_readers.hpp"

namespace {

bool same(const procure::yaml::Node& a, const procure::yaml::Node& b) {
  if (a.kind != b.kind || a.line != b.line || a.byte_column != b.byte_column || a.text != b.text ||
      a.quoted != b.quoted || a.items.size() != b.items.size() ||
      a.entries.size() != b.entries.size())
    return false;
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same(a.items[i], b.items[i]))
      return false;
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (!same(a.entries[i].key, b.entries[i].key) || !same(a.entries[i].value, b.entries[i].value))
      return false;
  }
  return true;
}

bool same(const procure::Diagnostics& a, const procure::Diagnostics& b) {
  if (a.items().size() != b.items().size())
    return false;
  for (std::size_t i = 0; i < a.items().size(); ++i) {
    const auto& x = a.items()[i];
    const auto& y = b.items()[i];
    const bool same_place =
        x.where.has_value() == y.where.has_value() &&
        (!x.where || (x.where->line == y.where->line && x.where->column == y.where->column &&
                      x.where->length == y.where->length));
    if (x.code != y.code || x.args != y.args || !same_place)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  procure::Diagnostics refused;
  const auto source = procure::make_source_file(
      "case.yaml", std::string(reinterpret_cast<const char*>(data), size), refused);
  if (!source)
    return 0;
  procure::Diagnostics problems;
  const auto root = procure::yaml::parse(*source, problems);
  procure::Diagnostics yaml_cpp_problems;
  const auto yaml_cpp_root = procure::yaml::read_with_yaml_cpp(*source, yaml_cpp_problems, {});
  const auto malformed = yaml_cpp_root ? procure::yaml::find_malformation(*source) : std::nullopt;
  procure::fuzz::expect(root.has_value() == (yaml_cpp_root.has_value() && !malformed),
                        "the text is read where yaml-cpp reads it and it is well-formed");
  procure::fuzz::expect(!root || same(*root, *yaml_cpp_root), "both readers give the same tree");
  procure::Diagnostics expected = yaml_cpp_problems;
  if (malformed) {
    procure::MessageArgs detail;
    if (!malformed->detail.empty())
      detail.emplace_back("detail", malformed->detail);
    expected.error(malformed->code, detail,
                   source->span_at_byte(malformed->line, malformed->byte_column));
  }
  procure::fuzz::expect(same(problems, expected),
                        "both readers find the same problems, and libyaml's where it refuses");
  return 0;
}
