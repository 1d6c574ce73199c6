#include "case_set.hpp"

#include "common/outline_cache.hpp"
#include "common/yaml_tree_cache.hpp"
#include "procure/flow/case_evidence.hpp"

namespace procure::cli {
namespace {

// case.yaml's tree for a case whose outline is kept: held in the case's
// entry behind the outline, not as an entry of its own in the tree cache,
// so that a case is one file to write and one to read. Given from the entry
// the cache had; otherwise found in the tree cache or parsed, and held for
// the entry. One thread's, for one load: what it holds changes as the load
// asks.
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

// With a `now` the case's files are read, or what they showed taken from
// `kept` (kept for them as they are, given only with a `now`); `trees`
// finds case.yaml's tree when not. Where `to_keep` is given, the case as
// read is put there, for its entry: case.yaml's text and tree and what the
// files showed.
CaseRead<LoadedCase> load_one_case(const CaseLocation& location, const RuleTables& tables,
                                   std::optional<Instant> now, const yaml::ParseMemo* trees,
                                   std::optional<KeptCase> kept, std::optional<KeptCase>* to_keep) {
  CaseRead<LoadedCase> read;
  CaseLoad load;
  if (kept) {
    CaseFileTree from_entry(trees, &*kept);
    load = load_case_as_read(location.folder, location.display, std::string(kept->case_text),
                             &from_entry);
    // A case whose tree cannot be read back is read from its files.
    if (!from_entry.gave_kept())
      kept.reset();
  }
  CaseFileTree tree(trees, nullptr);
  if (!kept)
    load = load_case(location.folder, location.display, to_keep != nullptr ? &tree : trees);
  read.load_failed = !load.ok();
  read.load_diagnostics = std::move(load.diagnostics);
  if (read.load_failed)
    return read;
  // Freed on this thread once the progress is found, not by the joining
  // thread, which did nothing else while it freed every case's evidence.
  CaseEvidence evidence;
  if (kept) {
    evidence = kept->evidence;
    if (to_keep != nullptr)
      *to_keep = std::move(kept);
  } else if (now) {
    evidence = read_case_evidence(load.value);
    if (to_keep != nullptr && tree.held()) {
      tree.held()->evidence = evidence;
      *to_keep = std::move(tree.held());
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

// A case read, as its outline, and the span of moments its progress holds for.
struct Outlined {
  CaseRead<OutlinedCase> read;
  std::optional<AsOf> as_of;
};
Outlined outlined(const CaseLocation& location, CaseRead<LoadedCase> loaded) {
  Outlined made;
  made.read = std::move(loaded).then([&](LoadedCase&& kase) {
    made.as_of = kase.schedule.progress.as_of;
    return OutlinedCase{location, case_outline(kase.value, kase.schedule)};
  });
  return made;
}

}  // namespace

CaseRead<LoadedCase> load_case_read(const CaseLocation& location, const RuleTables& tables,
                                    std::optional<Instant> now) {
  return load_one_case(location, tables, now, nullptr, std::nullopt, nullptr);
}

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now, unsigned workers) {
  return show_loaded_cases(
      arguments, tables, now, [](LoadedCase&& kase) { return std::move(kase); }, workers);
}

CaseOutlineReader::CaseOutlineReader(const RuleTables& tables, Instant now, CaseSetCaches caches,
                                     const std::vector<std::string>& arguments)
    : tables_(tables), now_(now), caches_(caches) {
  if (caches.evidence != nullptr && caches.rule_files != nullptr)
    outlines_.emplace(*caches.evidence, *caches.rule_files, tables.texts_in, arguments);
}

void CaseOutlineReader::finish() {
  if (outlines_)
    outlines_->finish();
}

// The outline kept for the case's files, the tables and `now`, or else found
// from the case and kept.
CaseRead<OutlinedCase> CaseOutlineReader::read(const CaseCandidate& candidate) const {
  const CaseLocation& location = candidate.location;
  if (!outlines_) {
    if (!is_case(candidate))
      return CaseRead<OutlinedCase>::no_case();
    return outlined(location,
                    load_one_case(location, tables_, now_, caches_.trees, std::nullopt, nullptr))
        .read;
  }
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
  std::optional<KeptCase> case_as_read;
  Outlined made = outlined(
      location, load_one_case(location, tables_, now_, caches_.trees, std::move(found.kept_case),
                              found.files ? &case_as_read : nullptr));
  if (found.files && made.read.found) {
    outlines_->keep(location, *found.files, *made.as_of,
                    {made.read.found->outline, made.read.load_diagnostics,
                     made.read.evidence_problems, made.read.disagreements},
                    case_as_read);
  }
  return std::move(made.read);
}

}  // namespace procure::cli
