#include "procure/model/case.hpp"

namespace procure {

const SourceSpan* Case::location(const std::string& path) const {
  const auto it = locations.find(path);
  return it == locations.end() ? nullptr : &it->second;
}

const Evaluator* Case::find_evaluator(std::string_view id) const {
  for (const auto& e : evaluators) {
    if (e.id == id)
      return &e;
  }
  return nullptr;
}

}  // namespace procure
