#pragma once
// What parsing a YAML text gave (its tree and problems), kept between runs
// in the user's cache folder, so that a repeat run of check, remind or
// status does not parse case.yaml, the rule tables and procure-init's
// templates with yaml-cpp again: that parser was nearly all of a repeat
// run's time. (remind and status keep case.yaml's tree with the rest of
// the case, behind its outline in the case's entry: see evidence_cache.hpp.)
//
// An entry is found by the text itself: the entry's name is a hash of the
// build of the tools, the file's name as messages show it, the parse's
// limits and the whole text, and the entry holds all of these and is used
// only when they are the same byte for byte. So a changed file, however it
// was changed (an edit, a touch, a replacement of the same size and time,
// two files swapped) is never answered from the cache: its text is another
// key. The text must be read anyway, for the lines messages quote, and
// reading and hashing 11 KB costs a few microseconds.
//
// Entries are written whole to a temporary file (readable by their owner
// alone) and renamed into place; one that cannot be read back exactly as
// written (damaged, from another build, for another text) is ignored and
// made again. A text whose problems cannot be kept exactly (see
// `keepable`), or that is not YAML at all, is parsed every time.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "procure/yaml/parse_memo.hpp"

namespace procure::cli {

class YamlTreeCache final : public yaml::ParseMemo {
 public:
  // Opens (creating) `folder` for entries made by the build `build`;
  // nullopt when the folder cannot be made.
  static std::optional<YamlTreeCache> open(const std::filesystem::path& folder, std::string build);

  std::optional<yaml::ParsedText> find(const SourceFile& source,
                                       const yaml::ParseLimits& limits) const override;
  void keep(const SourceFile& source, const yaml::ParseLimits& limits,
            const yaml::ParsedText& parsed) const override;

 private:
  YamlTreeCache(std::filesystem::path folder, std::string build)
      : folder_(std::move(folder)), build_(std::move(build)) {}
  // What an entry is for: the build, the file's name, the limits and the text.
  std::string key(const SourceFile& source, const yaml::ParseLimits& limits) const;

  std::filesystem::path folder_;
  std::string build_;
};

// What parsing a text gave (its tree and its problems) as the tree cache
// writes it, for an entry of another cache to hold (a case's outline
// entry keeps case.yaml's so); nullopt when its problems cannot be kept
// exactly (see `keepable`).
std::optional<std::string> encode_parsed(const yaml::ParsedText& parsed);

// What encode_parsed wrote, read back; nullopt when damaged. A damaged text
// can neither nest nor grow much past what `limits` allow.
std::optional<yaml::ParsedText> decode_parsed(std::string_view bytes,
                                              const yaml::ParseLimits& limits);

// The YAML tree cache of this build of the tools in the user's cache
// folder; nullopt with --no-cache or when there is no folder to write to.
std::optional<YamlTreeCache> open_user_yaml_tree_cache(bool no_cache);

}  // namespace procure::cli
