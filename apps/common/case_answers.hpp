#pragma once
// What a tool found of each case (remind's and status's outline, check's
// findings as shown), kept between runs in the case evidence cache's
// folder, one entry a case in the pack of the run's kind, question and
// arguments. An entry answers only while
// - every file and folder of the case it was found from is as it was (the
//   identities of evidence_cache.hpp; its folders are listed again only
//   when one changed),
// - the tool's other input files (the rule tables, procure-init's
//   templates) are as they were, and
// - it is asked the same question: this build, the case's folder as given
//   and as it is, and what else the answer depends on (the language, say).
// Entries are made only from files settled before the run began (the
// evidence cache's rule), and one that cannot be read back exactly is made
// again. What an answer holds, and any further condition on it (the span of
// moments an outline holds for), is its kind's own.
//
// Behind the answer an entry may hold what the case's files showed (the
// groundwork, remind's and status's KeptCase), from which the answer is
// found again when it no longer serves while the files are as they were (a
// deadline passed, the rule tables changed). In the pack (answer_pack.hpp)
// the groundwork is the entry's rest, read only when asked; all before it
// is the head every repeat run reads. An entry whose answer was taken is
// carried into the run's next pack (carry), one made is put there (keep),
// and those of cases no longer asked about are dropped.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/answer_pack.hpp"
#include "common/evidence_cache.hpp"

namespace procure::cli {

// Where an entry's parts stand in its head: after its kind the sizes of
// the case's files, the inputs, the answer and the groundwork (the rest),
// then the first three in turn.
struct EntryParts {
  std::size_t files_at = 0;
  std::size_t files_size = 0;
  std::size_t inputs_at = 0;
  std::size_t inputs_size = 0;
  std::size_t answer_at = 0;
  std::size_t answer_size = 0;
  std::size_t groundwork_size = 0;
};

class CaseAnswers {
 public:
  // Entries beginning with `magic` (their kind and its format), for answers
  // found from the files `inputs` (stated before they were read) besides
  // each case's own, that depend on `question` too ("" when on nothing
  // else: the language, say), kept in the evidence cache's folder in the
  // pack of the run's `arguments` taken as a set of folders (its file's
  // name ending in `suffix`).
  CaseAnswers(const EvidenceCache& evidence, std::string_view magic, std::string_view suffix,
              const CaseFiles& inputs, const std::vector<std::string>& arguments,
              std::string_view question);

  // A case's entry as it was found.
  class Found {
   public:
    // The answer kept for the case's files and the inputs as they are now,
    // to be read to its end; nullopt where there is none.
    std::optional<EntryReader> answer() const;
    // The case's files as they are now, stated when asked; nullopt when the
    // case is not kept. Where the entry holds them as they are, they are not
    // stated again.
    std::optional<CaseFiles> files() const;
    // What the entry holds of the case's files as they are now, besides its
    // answer, read now; nullopt where it holds none.
    std::optional<std::string> groundwork() const;
    // False for a folder not known to be a case that holds no case.yaml:
    // nothing else was looked at, and it is no case to show.
    bool is_case() const { return is_case_; }

   private:
    friend class CaseAnswers;
    bool is_case_ = true;
    // The entry and its head, where the case's files are as it holds them.
    const AnswerPack* pack_ = nullptr;
    const AnswerPack::Kept* kept_ = nullptr;
    std::string head_;
    EntryParts parts_;
    bool answers_ = false;
    std::filesystem::path folder_;  // the case's, where no entry holds its files
  };

  // A candidate not known to be a case is one when its entry's files, as
  // they are, hold a case.yaml, or else when its folder does
  // (holds_case_file).
  Found find(const CaseCandidate& candidate) const;

  // Keeps the entry found as it is: its answer was taken.
  void carry(const Found& found) const;

  // Keeps `answer`, and `groundwork` with it, found from the case's files
  // `before`, when they and the inputs had settled when the run began.
  // They may be stated before any was read or after: a file changed while
  // the run read it has not settled either way.
  void keep(const CaseLocation& location, const CaseFiles& before, std::string_view answer,
            std::string_view groundwork = {}) const;

  // Writes the run's pack, when it differs from the last: once every case
  // was found and kept.
  void finish() { pack_.finish(); }

 private:
  std::string owner(const CaseLocation& location) const;

  const EvidenceCache& evidence_;
  std::string magic_;
  std::string question_;
  bool inputs_settled_;
  std::string inputs_bytes_;           // as the entries hold them
  std::filesystem::path working_dir_;  // for the cases' absolute folders
  AnswerPack pack_;
};

}  // namespace procure::cli
