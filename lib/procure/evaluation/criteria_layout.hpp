#pragma once
// The criteria tree laid out for scoring: every criterion once, parents
// before their children (the order of AwardCriteria::all()), with its weight
// within its parent and its share of the total as fractions.

#include <optional>
#include <string_view>
#include <vector>

#include "procure/model/award_criteria.hpp"

namespace procure {

struct CriterionNode {
  const Criterion* criterion = nullptr;
  int parent = -1;            // index of the parent node; -1 for a main criterion
  std::vector<int> children;  // indices of the child nodes
  double local_weight = 0;    // share of the parent (0..1)
  double weight = 0;          // share of the total (0..1): the product down the path
  bool leaf = true;
  bool price = false;
};

struct CriteriaLayout {
  std::vector<CriterionNode> nodes;
  std::vector<int> main;            // the main criteria
  std::vector<int> quality_leaves;  // scored by the evaluators
  std::vector<int> price_leaves;    // scored by the price model
  double quality_weight = 0;        // the quality leaves' share of the total

  static CriteriaLayout of(const AwardCriteria& award);
  std::optional<int> find(std::string_view id) const;
};

}  // namespace procure
