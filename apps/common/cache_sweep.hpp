#pragma once
// A cache folder kept from growing without end. Entries and packs are
// named for what they answer (a build of the tools, a run's arguments, a
// text), so those of an earlier build, of arguments no longer given, or of
// an earlier text of a file are never asked for again and never made
// over. An entry neither read nor written for `unused_for` is removed, and
// so is a temporary file that a run killed outright left behind, once it
// is a day old. A folder is looked over at most once every `every` (the
// time of its stamp file says when it last was), and each time only one of
// `slices` parts of its entries (by the first digit of their names' hash, a
// part a day in turn) is stated: when each case had entries of its own,
// stating all 4 000 of a thousand cases' made that day's repeat run 14 ms
// longer, listing them and stating a part 3–4 ms.
//
// When an entry was last read is its access time, which Linux keeps by
// default (relatime) to within a day. On a file system mounted `noatime`
// an entry in use is removed once it is `unused_for` old, and simply made
// again by the next run that asks for it: a cache entry is never the only
// copy of anything.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>

namespace procure::cli {

struct CacheSweepPlan {
  std::chrono::seconds unused_for = std::chrono::days(30);
  std::chrono::seconds every = std::chrono::days(1);
  unsigned slices = 16;  // 1 to 16
};

// Removes from `folder` what has not been used for `plan.unused_for`
// before `now` (of the entries, those of the day's part), if it was last
// looked over `plan.every` before `now` or earlier (or never, or its stamp
// is later than `now`); returns how many files it removed, or nullopt when
// it was not due or the folder cannot be read. Only regular files named as
// the caches name their entries and temporary files are removed; anything
// else in the folder is left alone.
std::optional<std::size_t> sweep_cache_folder(const std::filesystem::path& folder,
                                              std::chrono::system_clock::time_point now,
                                              CacheSweepPlan plan = {});

}  // namespace procure::cli
