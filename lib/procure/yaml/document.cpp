#include "procure/yaml/document.hpp"

namespace procure::yaml {

std::optional<SourceFile> with_yaml_line_breaks(std::optional<SourceFile> source) {
  if (!source)
    return source;
  const std::string& text = source->text();
  std::string normalised;
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (i + 1 < text.size() && text[i + 1] == '\n')
      continue;
    if (normalised.empty())
      normalised = text;
    normalised[i] = '\n';
  }
  if (normalised.empty())
    return source;
  return SourceFile(source->path(), std::move(normalised));
}

std::optional<Document> read_document(const std::filesystem::path& path, const std::string& shown,
                                      Diagnostics& diagnostics, const ReadLimits& read_limits,
                                      const ParseLimits& parse_limits) {
  auto source = with_yaml_line_breaks(read_source_file(path, shown, diagnostics, read_limits));
  if (!source)
    return std::nullopt;
  auto root = parse(*source, diagnostics, parse_limits);
  if (!root)
    return std::nullopt;
  return Document{std::move(*source), std::move(*root)};
}

}  // namespace procure::yaml
