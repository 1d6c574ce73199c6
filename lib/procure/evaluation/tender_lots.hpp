#pragma once
// The tenders of a case divided into lots: each says which lot it is for
// (one tender a lot), the lot must be one of the case's, and a tenderer may
// tender for and be awarded no more lots than the notice allows
// (2014/24/EU art. 46(2)).

#include <span>
#include <string>
#include <string_view>

#include "procure/core/diagnostic.hpp"
#include "procure/evaluation/tender_loader.hpp"

namespace procure {

// Reports tenders without a lot, for a lot the case lacks (or for a lot in a
// case not divided into lots) as errors, and tenderers over the maximum
// number of lots as warnings.
void check_tender_lots(const Case& kase, const TenderLoad& tenders, Diagnostics& diagnostics);

// The tenders for `lot`, with their assessments.
TenderLoad tenders_for_lot(const TenderLoad& all, std::string_view lot);

// The winners of the lots, by lot: a tenderer who wins more lots than the
// notice allows is reported (a warning: the tender documents' rules decide
// which lots it is awarded).
struct LotWinner {
  std::string lot;
  const Tender* tender = nullptr;  // nullptr: no winner (no valid tender, or a tie)
};
void check_lots_awarded(const Case& kase, std::span<const LotWinner> winners,
                        Diagnostics& diagnostics);

}  // namespace procure
