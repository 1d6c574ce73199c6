#pragma once
// The mustache templates of one language, looked up in the user's template
// folder before the shipped one, and rendered strictly: a tag that names no
// data, a value that is not text, an unescaped tag, a partial outside the
// template folders or a partial that includes itself is an error with the
// template's file and line, never silent empty text or a crash.

#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/core/source_file.hpp"
#include "procure/core/task_runner.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/template_value.hpp"

namespace procure {

// Appends a value to `out` as text that reads literally in the output
// format, at its place in the template.
using Escaper = std::function<void(std::string& out, std::string_view text, ValuePlace place)>;

// Lists of the data whose items are built one at a time as a section
// renders them, and dropped after: each list stands in the data with as many
// items as it has (each null until built), and is found here by its address. A
// report's thousand tenders need not all be held at once.
using ItemBuilder = std::function<TemplateValue(std::size_t index)>;
using DeferredLists = std::map<const nlohmann::json*, ItemBuilder>;

struct TemplateFolder {
  std::filesystem::path path;
  // How messages name the folder: the user's as given, the shipped one
  // relative to the installation prefix, so that messages are the same on
  // every machine.
  std::filesystem::path shown;
};

class TemplateSet {
 public:
  // Sections nest at most this deep, counting those of included partials:
  // the shipped templates need 6, and each level costs the renderer stack.
  static constexpr int max_section_depth = 32;
  // A template or asset is at most this large (the shipped ones are under 10 KiB).
  static constexpr std::size_t max_file_bytes = 1024 * 1024;

  // `folders` in order of precedence (the user's first, the shipped last);
  // each holds one subfolder per language: <folder>/nb/<name><suffix>.
  TemplateSet(std::vector<TemplateFolder> folders, Lang lang, std::string suffix = ".md.mustache");
  ~TemplateSet();
  TemplateSet(const TemplateSet&) = delete;
  TemplateSet& operator=(const TemplateSet&) = delete;

  // The file a template or asset of this language is read from: in each
  // folder, its language subfolder first, then the folder itself (for assets
  // shared by all languages). Empty when no folder has it.
  std::filesystem::path find(std::string_view file_name) const;

  // Renders <name><suffix> with `data` (objects, arrays, strings and
  // booleans) and the `deferred` lists' items, each value passed through
  // `escape`. Every problem goes to `diagnostics`; on any problem the result
  // is empty, never partial text. A long deferred list's items may be built
  // and rendered on `parallel`'s threads (the text is the same): its
  // builder and `escape` must allow calls at once. Several threads may
  // render at once (a letter to each tenderer): a template is read once,
  // by the first that needs it.
  std::optional<std::string> render(std::string_view name, const nlohmann::json& data,
                                    const Escaper& escape, Diagnostics& diagnostics,
                                    const DeferredLists& deferred = {},
                                    const TaskRunner& parallel = {});
  // The same text in segments, one after another: a deferred list's parts
  // rendered at once are handed over as they are, and the text before and
  // after each such list is a segment of its own (a report's 19 MB are not
  // copied into one string). Never empty; segments may be.
  std::optional<std::vector<std::string>> render_segments(std::string_view name,
                                                          const nlohmann::json& data,
                                                          const Escaper& escape,
                                                          Diagnostics& diagnostics,
                                                          const DeferredLists& deferred = {},
                                                          const TaskRunner& parallel = {});

  // An asset of this language (a stylesheet), read as text (once: kept).
  std::optional<std::string> read_asset(std::string_view file_name, Diagnostics& diagnostics) const;

  // Every template and asset file read so far: inputs no output may replace.
  std::vector<std::filesystem::path> files_read() const;

  // Where each tag of a loaded template stood, what kind it is and its name.
  struct Tag;
  struct Loaded;

 private:
  struct Located {
    std::filesystem::path path;
    const TemplateFolder* folder = nullptr;  // null: no folder has the file
    std::string shown;                       // the path as messages name it
  };
  Located locate(std::string_view file_name) const;
  // A template or asset, read from the first folder that has it, refused
  // when it is missing or a link leads out of its folder.
  std::optional<SourceFile> read(std::string_view file_name,
                                 const std::optional<SourceSpan>& included_from,
                                 Diagnostics& diagnostics) const;
  const Loaded* load(const std::string& name, const std::optional<SourceSpan>& included_from,
                     std::vector<std::string>& chain, Diagnostics& diagnostics);

  std::vector<TemplateFolder> folders_;
  Lang lang_;
  std::string suffix_;
  std::vector<Tag> tags_;
  std::deque<SourceFile> sources_;  // every template read, for the places of its tags
  std::map<std::string, std::unique_ptr<Loaded>> loaded_;
  mutable std::vector<std::filesystem::path> files_read_;
  mutable std::map<std::string, std::string, std::less<>> assets_;  // read once
  // Held alone while a template or asset is read and kept, shared while
  // one is rendered from what is kept.
  mutable std::shared_mutex lock_;
};

// The template folders in the order they are searched: the user's folder (if
// given) before the shipped one, <data_dir>/<subfolder>, where data_dir is
// <prefix>/share/procure.
std::vector<TemplateFolder> template_folders(const std::filesystem::path& user_folder,
                                             const std::filesystem::path& data_dir,
                                             std::string_view subfolder);

}  // namespace procure
