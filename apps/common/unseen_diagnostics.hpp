#pragma once
// The diagnostics of a case's lots, each said once: the lots share the
// tenders, the seal and the case, so what each lot's evaluation finds about
// them would otherwise be said once per lot.

#include "procure/core/diagnostic.hpp"

namespace procure::cli {

// Appends to `to` each diagnostic of `from` that `to` does not hold yet (the
// same code, arguments and place).
void append_unseen(Diagnostics& to, const Diagnostics& from);

}  // namespace procure::cli
