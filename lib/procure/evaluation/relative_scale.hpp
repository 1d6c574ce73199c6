#pragma once
// Scores relative to the best tender in the field, used by the min-max price
// model and by relative quality scoring (docs/scoring.md, "Equal
// performance"): the best tender gets the top of the scale M, a tender at
// the anchor (the highest price; the bottom of the quality scale) gets the
// bottom m, and the others are in proportion. When the best is no better than
// the anchor, every tender in the field performs the same: each is the best,
// so each gets M. Equal performance gets an equal score, and the same one
// whichever criterion or model it is (equal treatment, LOA § 4), as linear
// and proportional give M to a price equal to the lowest (DFØ, «Veileder i
// evaluering av tilbud»: the best tender on a criterion gets the highest
// score attainable). A score common to all moves no ranking.

namespace procure {

// `distance` is the tender's distance from the anchor towards the best,
// `best_distance` the best tender's.
double relative_to_best(double distance, double best_distance, double scale_min, double scale_max);

}  // namespace procure
