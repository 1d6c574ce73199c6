// Fuzz target for what the caches read back from their files, which sit in
// the user's cache folder where anything may damage them: a run's pack of
// entries (AnswerPack), what a case's files showed (decode_kept_case), a
// case's outline (decode_outline_entry) and a YAML text's tree and problems
// (decode_parsed). Whatever reads back must write out again and read back
// the same, and a tree read back stays within the parse's limits.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/answer_pack.hpp"
#include "common/cache_entry.hpp"
#include "common/evidence_cache.hpp"
#include "common/outline_cache.hpp"
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

void check_outline_entry(std::string_view input) {
  const auto entry = cli::decode_outline_entry(cli::EntryReader(input));
  if (!entry)
    return;
  const auto written = cli::encode_outline_entry(*entry);
  // Problems cut short when read back are not written again.
  if (!written)
    return;
  const auto again = cli::decode_outline_entry(cli::EntryReader(*written));
  expect(again.has_value(), "an outline written out reads back");
  expect(again->kept.outline == entry->kept.outline && again->same_from == entry->same_from &&
             again->same_until == entry->same_until,
         "an outline and its span read back unchanged");
  expect(cli::encode_outline_entry(*again) == written,
         "an outline read back writes out as it was written");
  // Asked at a moment, it answers only within its span.
  for (const procure::Instant now : {entry->same_from, entry->same_until}) {
    const bool within = entry->same_from <= now && now < entry->same_until;
    expect(cli::decode_outline_entry(cli::EntryReader(*written), now).has_value() == within,
           "an outline answers for the moments of its span alone");
  }
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

// The input as a pack: an entry found under "a case" has a head and a rest
// within the file, and carried into the next pack beside one put there, it
// reads back the same from that pack.
void check_pack(std::string_view input) {
  const std::string name = "fuzz run";
  const std::filesystem::path& folder = procure::fuzz::scratch_folder();
  procure::fuzz::write_file(folder / cli::entry_file_name(name, ".pack"), input);
  std::optional<std::string> head;
  std::optional<std::string> rest;
  {
    cli::AnswerPack pack(folder, name, ".pack");
    const cli::AnswerPack::Kept* kept = pack.find("a case");
    if (kept == nullptr)
      return;
    head = pack.head(*kept);
    rest = pack.rest(*kept);
    expect(head && rest, "an entry the index places reads whole");
    expect(head->size() + rest->size() <= input.size(), "an entry lies within its pack");
    pack.carry(*kept);
    pack.put("another case", "its head", "its rest");
    pack.finish();
  }
  const cli::AnswerPack again(folder, name, ".pack");
  const cli::AnswerPack::Kept* carried = again.find("a case");
  const cli::AnswerPack::Kept* put = again.find("another case");
  expect(carried && put, "a pack written holds what was carried and put");
  expect(again.head(*carried) == head && again.rest(*carried) == rest,
         "an entry carried reads back as it was read");
  expect(again.head(*put) == "its head" && again.rest(*put) == "its rest",
         "an entry put reads back as it was put");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_pack(input);
  check_kept_case(input);
  check_outline_entry(input);
  check_parsed(input);
  return 0;
}
