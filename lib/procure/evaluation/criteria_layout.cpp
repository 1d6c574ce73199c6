#include "procure/evaluation/criteria_layout.hpp"

namespace procure {
namespace {

void add_level(CriteriaLayout& layout, const std::vector<Criterion>& level, int parent,
               double parent_weight) {
  for (const auto& criterion : level) {
    const int index = static_cast<int>(layout.nodes.size());
    CriterionNode node;
    node.criterion = &criterion;
    node.parent = parent;
    node.local_weight = criterion.weight.to_double() / 100.0;
    node.weight = parent_weight * node.local_weight;
    node.leaf = criterion.is_leaf();
    node.price = criterion.kind == CriterionKind::price;
    layout.nodes.push_back(node);
    if (parent < 0)
      layout.main.push_back(index);
    else
      layout.nodes[static_cast<std::size_t>(parent)].children.push_back(index);
    if (node.leaf && node.price) {
      layout.price_leaves.push_back(index);
    } else if (node.leaf) {
      layout.quality_leaves.push_back(index);
      layout.quality_weight += node.weight;
    }
    add_level(layout, criterion.children, index, node.weight);
  }
}

}  // namespace

CriteriaLayout CriteriaLayout::of(const AwardCriteria& award) {
  CriteriaLayout layout;
  add_level(layout, award.criteria, -1, 1.0);
  return layout;
}

std::optional<int> CriteriaLayout::find(std::string_view id) const {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].criterion->id == id)
      return static_cast<int>(i);
  }
  return std::nullopt;
}

}  // namespace procure
