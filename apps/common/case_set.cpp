#include "case_set.hpp"

#include "common/yaml_tree_cache.hpp"
#include "procure/flow/case_evidence.hpp"

namespace procure::cli {
namespace {

// One case as its own thread reads it; joined into the set in the cases' order.
struct CaseRead {
  CaseLoad load;
  bool load_failed = false;
  Diagnostics evidence_problems;
  std::optional<CaseSchedule> schedule;
  Diagnostics disagreements;
};

// case.yaml's tree for a case the evidence cache keeps: held in the case's
// entry, not as an entry of its own in the tree cache, so that a case is one
// file to write and one to read. Given from the entry the cache had;
// otherwise found in the tree cache or parsed, and held for the entry. One
// thread's, for one load: what it holds changes as the load asks.
class CaseFileTree final : public yaml::ParseMemo {
 public:
  CaseFileTree(const yaml::ParseMemo* trees, const KeptCase* kept) : trees_(trees), kept_(kept) {}

  std::optional<yaml::ParsedText> find(const SourceFile& source,
                                       const yaml::ParseLimits& limits) const override {
    if (kept_ != nullptr && kept_->case_text == source.text() && kept_->case_limits == limits) {
      auto parsed = decode_parsed(kept_->case_parsed, limits);
      gave_kept_ = parsed.has_value();
      if (parsed)
        return parsed;
    }
    auto found = trees_ != nullptr ? trees_->find(source, limits) : std::nullopt;
    if (found)
      keep(source, limits, *found);
    return found;
  }

  void keep(const SourceFile& source, const yaml::ParseLimits& limits,
            const yaml::ParsedText& parsed) const override {
    held_.reset();
    if (auto bytes = encode_parsed(parsed))
      held_ = KeptCase{source.text(), limits, std::move(*bytes), {}};
  }

  // Whether the tree came from the entry the cache had.
  bool gave_kept() const { return gave_kept_; }
  // case.yaml as the load read and parsed it, for the case's entry; nullopt
  // when what parsing gave cannot be kept exactly.
  std::optional<KeptCase>& held() { return held_; }

 private:
  const yaml::ParseMemo* trees_;
  const KeptCase* kept_;
  mutable bool gave_kept_ = false;
  mutable std::optional<KeptCase> held_;
};

CaseRead load_one_case(const CaseLocation& location, const RuleTables& tables,
                       std::optional<Instant> now, CaseSetCaches caches) {
  CaseRead read;
  // With a `now` the case's files are read, and the evidence cache keeps
  // what they showed. Stated before any is read: a file changed meanwhile
  // shows as changed to the next run.
  const EvidenceCache* cache = now ? caches.evidence : nullptr;
  const auto files = cache != nullptr ? cache->files(location) : std::nullopt;
  auto kept = files ? cache->find(location, *files) : std::nullopt;
  if (kept) {
    CaseFileTree from_entry(caches.trees, &*kept);
    read.load = load_case_as_read(location.folder, location.display, std::string(kept->case_text),
                                  &from_entry);
    // An entry whose tree cannot be read back is not used at all.
    if (!from_entry.gave_kept())
      kept.reset();
  }
  CaseFileTree tree(caches.trees, nullptr);
  if (!kept)
    read.load = load_case(location.folder, location.display, files ? &tree : caches.trees);
  read.load_failed = !read.load.ok();
  if (read.load_failed)
    return read;
  // Freed on this thread once the progress is found, not by the joining
  // thread, which did nothing else while it freed every case's evidence.
  CaseEvidence evidence;
  if (kept) {
    evidence = std::move(kept->evidence);
  } else if (now) {
    evidence = read_case_evidence(read.load.value);
    if (files && tree.held()) {
      tree.held()->evidence = evidence;
      cache->keep(location, *files, *tree.held());
    }
  }
  read.evidence_problems = std::move(evidence.problems);
  CaseProgress progress = case_progress(read.load.value, evidence, now.value_or(Instant::max()));
  read.disagreements = progress.disagreements;
  read.schedule = case_schedule(read.load.value, std::move(progress), tables);
  return read;
}

}  // namespace

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now, CaseSetCaches caches, unsigned workers) {
  CaseSet set;
  std::vector<CaseLocation> locations = find_cases(arguments, set.errors);
  std::vector<CaseRead> reads = parallel_map<CaseRead>(
      locations.size(), workers,
      [&](std::size_t i) { return load_one_case(locations[i], tables, now, caches); });
  set.cases.reserve(locations.size());
  for (std::size_t i = 0; i < locations.size(); ++i) {
    CaseRead& read = reads[i];
    for (const auto& d : read.load.diagnostics.items()) {
      if (d.severity == Severity::error)
        set.errors.add(d);
      else
        set.load_warnings.add(d);
    }
    if (read.load_failed)
      continue;
    set.errors.append(read.evidence_problems);
    set.warnings.append(read.disagreements);
    if (!read.schedule->problems.empty()) {
      set.errors.append(read.schedule->problems);
      continue;
    }
    // Braces: clang 14, the fuzz preset's compiler, makes no aggregate from parentheses.
    set.cases.push_back(
        {std::move(locations[i]), std::move(read.load.value), std::move(*read.schedule)});
  }
  return set;
}

}  // namespace procure::cli
