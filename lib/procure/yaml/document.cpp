#include "procure/yaml/document.hpp"

namespace procure::yaml {

std::optional<Document> read_document(const std::filesystem::path& path, const std::string& shown,
                                      Diagnostics& diagnostics) {
  auto source = read_source_file(path, shown, diagnostics);
  if (!source)
    return std::nullopt;
  auto root = parse(*source, diagnostics);
  if (!root)
    return std::nullopt;
  return Document{std::move(*source), std::move(*root)};
}

}  // namespace procure::yaml
