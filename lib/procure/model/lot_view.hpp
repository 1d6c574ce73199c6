#pragma once
// One lot of a case divided into lots, seen as a case of its own: what its
// evaluation, ranking and documents start from. The lot's value, CPV codes,
// award criteria and qualification requirements replace the case's where
// the lot has its own; its title names the case and the lot
// ("Prosessbistand, delkontrakt 1: Prosessledelse"). The part of FOA stays
// the case's, judged on the value of every lot (FOA § 5-4), unless the lot
// claims a lower one by the small-lots rule (its `regime`).

#include "procure/model/case.hpp"

namespace procure {

Case lot_view(const Case& kase, const Lot& lot);

// The lot `id` names (from --lot), or nullptr with lots.no-such-lot.
const Lot* find_lot(const Case& kase, std::string_view id, Diagnostics& diagnostics);

}  // namespace procure
