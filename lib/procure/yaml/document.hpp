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

// A file's text as YAML 1.2 reads it: a lone CR (the line end of old Mac
// editors) is a line break (YAML 1.2 § 5.4), so it becomes LF, byte for
// byte, and every line number and column stays true. CR LF stays as it is.
std::optional<SourceFile> with_yaml_line_breaks(std::optional<SourceFile> source);

// Reads and parses the file; nullopt (with the problems in `diagnostics`)
// when it cannot be read as YAML at all.
std::optional<Document> read_document(const std::filesystem::path& path, const std::string& shown,
                                      Diagnostics& diagnostics, const ReadLimits& read_limits = {},
                                      const ParseLimits& parse_limits = {});

}  // namespace procure::yaml
