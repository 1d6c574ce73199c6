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

// A lot as readers know it, in `lang`: its number in the case's order
// (LOT-0001 in the notices is lot 1) and its title, not the case's own id
// ("delkontrakt 1: Prosessledelse"), as its documents and procure check name it.
std::string lot_name(const Case& kase, const Lot& lot, Lang lang);

// The lot `id` names (from --lot), or nullptr with lots.no-such-lot.
const Lot* find_lot(const Case& kase, std::string_view id, Diagnostics& diagnostics);

}  // namespace procure
