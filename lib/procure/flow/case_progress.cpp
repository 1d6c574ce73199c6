#include "procure/flow/case_progress.hpp"

#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/calendar/period_end.hpp"

namespace procure {
namespace {

constexpr std::array<Choice<Step>, 8> steps{{
    {"dialogue_held", Step::dialogue_held},
    {"written_inputs_received", Step::written_inputs_received},
    {"notice_published", Step::notice_published},
    {"tenders_received", Step::tenders_received},
    {"tenders_opened", Step::tenders_opened},
    {"scores_agreed", Step::scores_agreed},
    {"award_notices_sent", Step::award_notices_sent},
    {"contract_signed", Step::contract_signed},
}};

std::size_t index(Step step) {
  return static_cast<std::size_t>(step);
}

// "kmd/opening-protocol.yaml:6", or the file alone when no line is known.
std::string place_text(const std::string& file, const SourceSpan& where) {
  return where.line > 0 ? where.file + ":" + std::to_string(where.line) : file;
}

class ProgressBuilder {
 public:
  ProgressBuilder(const Case& kase, CaseProgress& progress) : kase_(kase), progress_(progress) {}

  // The entries under records:, each counted from when it holds.
  void add_records() {
    const CaseRecords& r = kase_.records;
    on_day(Step::dialogue_held, r.dialogue_held);
    counted(Step::written_inputs_received, r.written_inputs_received,
            MilestoneKind::written_input_deadline);
    on_day(Step::notice_published, r.notice_published);
    counted(Step::tenders_received, r.tenders_received, MilestoneKind::tender_deadline);
    if (const auto& opened = r.tenders_opened) {
      Instant from = start_of_day(opened->date);
      if (opened->time) {
        if (const auto exact = oslo_instant(opened->date, *opened->time))
          from = *exact;
      }
      recorded(Step::tenders_opened,
               {from, *opened, std::nullopt, record_key(Step::tenders_opened)});
    }
    on_day(Step::scores_agreed, r.scores_agreed);
    on_day(Step::award_notices_sent, r.award_notices_sent);
    on_day(Step::contract_signed, r.contract_signed);
  }

  void add_inputs(const InputsEvidence& inputs) {
    const auto& recorded = kase_.records.written_inputs_received;
    if (!recorded) {
      std::optional<DateTime> last;
      if (inputs.last)
        last = oslo_local(*inputs.last);
      all_[index(Step::written_inputs_received)] =
          StepRecord{inputs.deadline, last, inputs.received, inputs.file};
    } else if (*recorded != inputs.received) {
      disagree(Step::written_inputs_received, "records.inputs-differ",
               {{"recorded", std::to_string(*recorded)},
                {"derived", std::to_string(inputs.received)},
                {"late", std::to_string(inputs.late)},
                {"place", inputs.file}});
    }
  }

  void add_opening(const OpeningEvidence& opening) {
    const DateTime opened = oslo_local(opening.opened_at);
    const auto& r = kase_.records;
    if (!r.tenders_received) {
      all_[index(Step::tenders_received)] =
          StepRecord{opening.opened_at, opened, opening.received, opening.file};
    } else if (*r.tenders_received != opening.received) {
      disagree(Step::tenders_received, "records.tenders-differ",
               {{"recorded", std::to_string(*r.tenders_received)},
                {"derived", std::to_string(opening.received)},
                {"late", std::to_string(opening.late)},
                {"place", opening.file}});
    }
    if (!r.tenders_opened) {
      all_[index(Step::tenders_opened)] =
          StepRecord{opening.opened_at, opened, std::nullopt, opening.file};
    } else if (!same_moment(*r.tenders_opened, opened)) {
      disagree(Step::tenders_opened, "records.opening-differs",
               {{"recorded", r.tenders_opened->iso()},
                {"derived", opened.iso()},
                {"place", place_text(opening.file, opening.opened_where)}});
    }
  }

  void add_evaluation(const EvaluationEvidence& evaluation, const OpeningEvidence& opening) {
    const auto& recorded = kase_.records.scores_agreed;
    if (!recorded && evaluation.complete) {
      all_[index(Step::scores_agreed)] =
          StepRecord{opening.opened_at, std::nullopt, std::nullopt, evaluation.folder};
    } else if (recorded && !evaluation.complete) {
      disagree(Step::scores_agreed, "records.scores-incomplete",
               {{"recorded", recorded->iso()},
                {"tenders", std::to_string(evaluation.incomplete)},
                {"place", evaluation.folder}});
    }
  }

  void keep_as_of(const AsOf& as_of) {
    for (std::size_t i = 0; i < all_.size(); ++i) {
      if (all_[i] && as_of.reached(all_[i]->holds_from))
        progress_.steps[i] = all_[i];
    }
  }

 private:
  void recorded(Step step, StepRecord record) { all_[index(step)] = std::move(record); }

  void on_day(Step step, const std::optional<Date>& day) {
    if (day)
      recorded(step,
               {start_of_day(*day), DateTime{*day, std::nullopt}, std::nullopt, record_key(step)});
  }

  // A count is known once the deadline it counts to has passed.
  void counted(Step step, const std::optional<int>& count, MilestoneKind deadline) {
    if (!count)
      return;
    Instant from = Instant::min();
    if (const Milestone* m = kase_.timeline.find(deadline)) {
      if (const auto range = moments(*m))
        from = range->latest;
    }
    recorded(step, {from, std::nullopt, *count, record_key(step)});
  }

  // A recorded opening names a day, or a day and a time to the minute.
  static bool same_moment(const DateTime& recorded, const DateTime& opened) {
    if (recorded.date != opened.date)
      return false;
    return !recorded.time || !opened.time ||
           recorded.time->seconds_since_midnight() / 60 ==
               opened.time->seconds_since_midnight() / 60;
  }

  void disagree(Step step, std::string code, MessageArgs args) {
    const SourceSpan* where = kase_.location(record_key(step));
    progress_.disagreements.warning(std::move(code), std::move(args),
                                    where != nullptr ? std::optional(*where) : std::nullopt);
  }

  const Case& kase_;
  CaseProgress& progress_;
  std::array<std::optional<StepRecord>, 8> all_;
};

}  // namespace

std::span<const Choice<Step>> step_choices() {
  return steps;
}

std::string record_key(Step step) {
  return "records." + std::string(name_in<Step>(steps, step));
}

const StepRecord* CaseProgress::find(Step step) const {
  if (const auto& record = steps[index(step)])
    return &*record;
  return step == Step::tenders_received ? find(Step::tenders_opened) : nullptr;
}

bool AsOf::reached(Instant from) const {
  if (from <= at_) {
    same_from_ = std::max(same_from_, from);
    return true;
  }
  same_until_ = std::min(same_until_, from);
  return false;
}

bool CaseProgress::holds(const std::optional<Date>& record) const {
  return record && as_of.reached(start_of_day(*record));
}

CaseProgress case_progress(const Case& kase, const CaseEvidence& evidence, Instant as_of) {
  CaseProgress progress;
  progress.as_of = AsOf(as_of);
  ProgressBuilder builder(kase, progress);
  builder.add_records();
  if (evidence.inputs)
    builder.add_inputs(*evidence.inputs);
  if (evidence.opening) {
    builder.add_opening(*evidence.opening);
    if (evidence.evaluation)
      builder.add_evaluation(*evidence.evaluation, *evidence.opening);
  }
  builder.keep_as_of(progress.as_of);
  if (const auto& requests = evidence.requests_opening;
      requests && progress.as_of.reached(requests->opened_at)) {
    progress.requests_opened = StepRecord{requests->opened_at, oslo_local(requests->opened_at),
                                          requests->opened, requests->file};
  }
  return progress;
}

}  // namespace procure
