#pragma once
// A YAML file read for parsing: its text (for quoting lines in messages)
// and its tree, kept together because readers point into the text.

#include <filesystem>
#include <optional>
#include <string>

#include "procure/core/source_file.hpp"
#include "procure/yaml/node.hpp"

namespace procure::yaml {

struct Document {
  SourceFile source;
  Node root;
};

// Reads and parses the file; nullopt (with the problems in `diagnostics`)
// when it cannot be read as YAML at all.
std::optional<Document> read_document(const std::filesystem::path& path, const std::string& shown,
                                      Diagnostics& diagnostics);

}  // namespace procure::yaml
