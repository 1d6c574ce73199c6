#include "procure/evaluation/relative_scale.hpp"

namespace procure {

double relative_to_best(double distance, double best_distance, double scale_min, double scale_max) {
  if (best_distance <= 0)
    return scale_max;
  return scale_min + (scale_max - scale_min) * distance / best_distance;
}

}  // namespace procure
