#include "case_set.hpp"

#include "common/outline_cache.hpp"
#include "common/yaml_tree_cache.hpp"
#include "procure/flow/case_evidence.hpp"

namespace procure::cli {
namespace {

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

// The case's files as they are now, for the evidence cache (nullopt without
// it, or when the case is not kept). Stated before any is read: a file
// changed meanwhile shows as changed to the next run.
std::optional<CaseFiles> files_for_cache(const CaseLocation& location, const EvidenceCache* cache) {
  return cache != nullptr ? cache->files(location) : std::nullopt;
}

// With a `now` the case's files are read, and the evidence cache keeps what
// they showed for the files `files`.
CaseRead<LoadedCase> load_one_case(const CaseLocation& location, const RuleTables& tables,
                                   std::optional<Instant> now, CaseSetCaches caches,
                                   const std::optional<CaseFiles>& files) {
  CaseRead<LoadedCase> read;
  const EvidenceCache* cache = now ? caches.evidence : nullptr;
  auto kept = files && cache != nullptr ? cache->find(location, *files) : std::nullopt;
  CaseLoad load;
  if (kept) {
    CaseFileTree from_entry(caches.trees, &*kept);
    load = load_case_as_read(location.folder, location.display, std::string(kept->case_text),
                             &from_entry);
    // An entry whose tree cannot be read back is not used at all.
    if (!from_entry.gave_kept())
      kept.reset();
  }
  CaseFileTree tree(caches.trees, nullptr);
  if (!kept)
    load = load_case(location.folder, location.display, files ? &tree : caches.trees);
  read.load_failed = !load.ok();
  read.load_diagnostics = std::move(load.diagnostics);
  if (read.load_failed)
    return read;
  // Freed on this thread once the progress is found, not by the joining
  // thread, which did nothing else while it freed every case's evidence.
  CaseEvidence evidence;
  if (kept) {
    evidence = std::move(kept->evidence);
  } else if (now) {
    evidence = read_case_evidence(load.value);
    if (files && cache != nullptr && tree.held()) {
      tree.held()->evidence = evidence;
      cache->keep(location, *files, *tree.held());
    }
  }
  read.evidence_problems = std::move(evidence.problems);
  CaseProgress progress = case_progress(load.value, evidence, now.value_or(Instant::max()));
  read.disagreements = progress.disagreements;
  CaseSchedule schedule = case_schedule(load.value, std::move(progress), tables);
  if (!schedule.problems.empty())
    read.schedule_problems = std::move(schedule.problems);
  else
    read.found = LoadedCase{location, std::move(load.value), std::move(schedule)};
  return read;
}

}  // namespace

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now, CaseSetCaches caches, unsigned workers) {
  Diagnostics errors;
  const std::vector<CaseLocation> locations = find_cases(arguments, errors);
  const EvidenceCache* cache = now ? caches.evidence : nullptr;
  auto reads = parallel_map<CaseRead<LoadedCase>>(locations.size(), workers, [&](std::size_t i) {
    return load_one_case(locations[i], tables, now, caches, files_for_cache(locations[i], cache));
  });
  return join_cases(std::move(errors), reads);
}

CaseOutlineReader::CaseOutlineReader(const RuleTables& tables, Instant now, CaseSetCaches caches)
    : tables_(tables), now_(now), caches_(caches) {
  if (caches.evidence != nullptr && caches.rule_files != nullptr)
    outlines_.emplace(*caches.evidence, *caches.rule_files);
}

// The outline kept for the case's files, the tables and `now`, or else found
// from the case and kept.
CaseRead<OutlinedCase> CaseOutlineReader::read(const CaseCandidate& candidate) const {
  const CaseLocation& location = candidate.location;
  std::optional<CaseFiles> files;
  if (outlines_) {
    OutlineCache::Found found = outlines_->find(candidate, now_);
    if (!found.is_case)
      return CaseRead<OutlinedCase>::no_case();
    if (found.kept) {
      CaseRead<OutlinedCase> read;
      read.load_diagnostics = std::move(found.kept->load_diagnostics);
      read.evidence_problems = std::move(found.kept->evidence_problems);
      read.disagreements = std::move(found.kept->disagreements);
      read.found = OutlinedCase{location, std::move(found.kept->outline)};
      return read;
    }
    files = std::move(found.files);
  } else {
    if (!candidate.known_case && !holds_case_file(location.folder))
      return CaseRead<OutlinedCase>::no_case();
    files = files_for_cache(location, caches_.evidence);
  }
  CaseRead<LoadedCase> loaded = load_one_case(location, tables_, now_, caches_, files);
  std::optional<AsOf> as_of;
  CaseRead<OutlinedCase> read = std::move(loaded).then([&](LoadedCase&& kase) {
    as_of = kase.schedule.progress.as_of;
    return OutlinedCase{location, case_outline(kase.value, kase.schedule)};
  });
  if (outlines_ && files && read.found) {
    outlines_->keep(
        location, *files, *as_of,
        {read.found->outline, read.load_diagnostics, read.evidence_problems, read.disagreements});
  }
  return read;
}

}  // namespace procure::cli
