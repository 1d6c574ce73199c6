#pragma once
// What a case's files showed, kept between runs in the user's cache folder:
// case.yaml's text and what parsing it gave, and what the case's other
// files showed (CaseEvidence: the written inputs, the opening protocol, the
// evaluation of every tender). remind and status keep it in each case's
// outline entry, behind the outline, in the run's pack (case_answers.hpp,
// answer_pack.hpp, outline_cache.hpp): a run whose outline no longer serves
// (a deadline passed, the rule tables changed) reads it there, not
// case.yaml, its tree and every tender, assessment and dialogue file again.
//
// What is kept of a case is used only while every file and folder of the
// case is as it was when it was kept: the same names and, for each, the
// same device, inode, size, type, and modification and change time to the
// nanosecond. Writing a file sets its change time to the moment it is
// written, and nothing but the clock sets it back (touch and utimensat set
// the change time too), so an edit, a touch, a file replaced by one of the
// same size and time, two files swapped all show. Within one tick of the
// file system's clock two writes can leave the same times: so nothing is
// kept from files last changed less than `settle` before the run began
// (git's "racily clean" rule), and a file changed since then always differs.
//
// Cases holding a symbolic link are read every time (the link's target can
// change out of sight), as are cases whose evidence or case.yaml has
// problems too long to keep exactly. A run's pack is written whole to a
// temporary file and renamed into place, so concurrent runs never see half
// an entry; an entry that cannot be read back exactly as written (damaged,
// from another build, another case) is ignored and made again. Clearing the
// cache is removing its folder.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/case_file_identities.hpp"
#include "procure/flow/case_evidence.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/yaml/node.hpp"

namespace procure::cli {

// A case as the cache keeps it: case.yaml's text as read (load_case_as_read
// takes it), the limits it was parsed with and what parsing gave, in the
// tree cache's encoding (encode_parsed); and the evidence.
struct KeptCase {
  std::string case_text;
  yaml::ParseLimits case_limits;
  std::string case_parsed;
  CaseEvidence evidence;
};

// KeptCase as an entry holds it; nullopt when its problems cannot be kept
// exactly (see `keepable`).
std::optional<std::string> encode_kept_case(const KeptCase& kept);
// What encode_kept_case wrote, read back; nullopt when damaged.
std::optional<KeptCase> decode_kept_case(std::string_view bytes);

// The folder of the entries of what the tools found of each case (see
// case_answers.hpp), and the moment before which a file had settled.
class EvidenceCache {
 public:
  // Opens (creating) `folder` for entries made by the build `build`. Reads
  // the file system's clock there, so that only files last changed `settle`
  // before now are kept. Nullopt when the folder cannot be written.
  static std::optional<EvidenceCache> open(
      const std::filesystem::path& folder, std::string build,
      std::chrono::nanoseconds settle = std::chrono::seconds(2));

  // Whether every file had settled by the time the cache was opened: what
  // is made from them may be kept.
  bool settled(const CaseFiles& files) const;
  const std::filesystem::path& folder() const { return folder_; }
  const std::string& build() const { return build_; }

 private:
  EvidenceCache(std::filesystem::path folder, std::string build, std::int64_t settled_before_ns)
      : folder_(std::move(folder)),
        build_(std::move(build)),
        settled_before_ns_(settled_before_ns) {}

  std::filesystem::path folder_;
  std::string build_;
  std::int64_t settled_before_ns_;
};

// The case evidence cache of this build of the tools in the user's cache
// folder; nullopt with --no-cache or when there is no folder to write to.
std::optional<EvidenceCache> open_user_evidence_cache(bool no_cache);

}  // namespace procure::cli
