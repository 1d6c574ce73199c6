#include "procure/documents/template_set.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <limits>
#include <set>
#include <system_error>

#include "procure/core/ascii.hpp"
#include "procure/core/joined_text.hpp"
#include "procure/core/suggest.hpp"
#include "procure/core/utf8.hpp"

namespace procure {
namespace fs = std::filesystem;

// Outside the anonymous namespace: TemplateSet::Tag, a member of a class
// with linkage, holds one.
enum class TagKind { variable, section, inverted, partial };

namespace {

bool is_file_name_part(std::string_view name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

bool is_data_name(std::string_view name) {
  if (name == ".")
    return true;
  if (name.empty() || name.front() == '.' || name.back() == '.' ||
      name.find("..") != std::string_view::npos)
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

// A section, end, comment or delimiter tag alone on its line leaves no line
// in the output (the mustache rule for "standalone" tags): how much
// indentation stands before it, and where the next line starts; nullopt when
// the tag shares its line with text or other tags.
struct StandaloneLine {
  std::size_t indentation;
  std::size_t next_line;
};

// `blank_before` tells whether only blanks stand between the line's start
// and the tag; the scanner knows it without looking back along the line.
std::optional<StandaloneLine> standalone_line(std::string_view text, std::size_t indentation,
                                              bool blank_before, std::size_t end) {
  if (!blank_before)
    return std::nullopt;
  const auto after = text.find_first_not_of(" \t", end);
  if (after == std::string_view::npos)
    return StandaloneLine{indentation, text.size()};
  if (text[after] == '\n')
    return StandaloneLine{indentation, after + 1};
  if (text.substr(after, 2) == "\r\n")
    return StandaloneLine{indentation, after + 2};
  return std::nullopt;
}

// Whether text that follows `prefix` on a line starts a Markdown block:
// nothing but indentation, list markers ("-", "+", "*", "1.", "1)") and
// quote markers stand before it.
bool starts_block(std::string_view prefix) {
  constexpr auto npos = std::string_view::npos;
  std::size_t at = prefix.find_first_not_of(" \t");
  while (at != npos) {
    if (prefix[at] == '>') {
      at = prefix.find_first_not_of(" \t", at + 1);
      continue;
    }
    std::size_t end = at;
    if (std::string_view("-+*").find(prefix[at]) != npos) {
      end = at + 1;
    } else {
      while (end < prefix.size() && end - at < 9 &&
             std::isdigit(static_cast<unsigned char>(prefix[end])))
        ++end;
      if (end == at || end == prefix.size() || (prefix[end] != '.' && prefix[end] != ')'))
        return false;
      ++end;
    }
    // A list marker is one only with a blank after it.
    if (end == prefix.size() || (prefix[end] != ' ' && prefix[end] != '\t'))
      return false;
    at = prefix.find_first_not_of(" \t", end);
  }
  return true;
}

// The folder a path really lies in, with symbolic links resolved, so that a
// link inside the template folder cannot lead out of it.
bool lies_within(const fs::path& file, const fs::path& folder) {
  std::error_code ec;
  const fs::path real_file = fs::weakly_canonical(file, ec);
  if (ec)
    return false;
  const fs::path real_folder = fs::weakly_canonical(folder, ec);
  if (ec)
    return false;
  const auto [folder_end, file_it] =
      std::mismatch(real_folder.begin(), real_folder.end(), real_file.begin(), real_file.end());
  return folder_end == real_folder.end();
}

// The data taken over from JSON, with the deferred lists found again in it:
// the JSON's and the value's trees have the same shape.
using TypedDeferred = std::map<const TemplateValue*, const ItemBuilder*>;
void find_deferred(const nlohmann::json& json, const TemplateValue& value,
                   const DeferredLists& deferred, TypedDeferred& found) {
  if (found.size() == deferred.size())
    return;
  if (const auto it = deferred.find(&json); it != deferred.end())
    found.emplace(&value, &it->second);
  if (const auto* items = value.items()) {
    for (std::size_t i = 0; i < items->size(); ++i)
      find_deferred(json[i], (*items)[i], deferred, found);
  } else if (const auto* record = value.fields()) {
    std::size_t i = 0;
    for (const auto& item : json)
      find_deferred(item, record->values[i++], deferred, found);
  }
}

// Thrown out of the rendering when a tag is looked up more often than the
// data accounts for.
struct Runaway {
  std::size_t tag;
};

}  // namespace

struct TemplateSet::Tag {
  TagKind kind = TagKind::variable;
  std::string name;
  std::vector<std::string> path;  // the name split at its dots, looked up part by part
  // Where the tag stands: a span (with its line's text) is made only for a
  // message, since a template's one line may hold a hundred thousand tags.
  const SourceFile* file = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
  ValuePlace place = ValuePlace::inline_text;  // of a variable's value

  SourceSpan where() const {
    const auto [line, column] = file->position_of(begin);
    const auto text = std::string_view(file->text()).substr(begin, end - begin);
    return file->span_at_byte(line, column, static_cast<int>(utf8::length(text)));
  }
};

// A template as the renderer walks it: its text between tags, its tags
// (each by its entry in the tag table), and for a section the end of the
// nodes inside it.
struct TemplateNode {
  enum class Kind { text, tag } kind = Kind::text;
  std::string text;
  std::size_t tag = 0;
  std::size_t end = 0;  // a section's: past the last node inside it
};

struct TemplateSet::Loaded {
  std::vector<TemplateNode> nodes;
  int depth = 0;  // how deep its sections nest, with those of the partials it includes
};

namespace {

struct PartialInclude {
  std::string name;
  std::size_t begin = 0;  // the include tag in the including template
  std::size_t end = 0;
  int depth = 0;  // the sections open around the include
};

std::vector<std::string> name_path(const std::string& name) {
  std::vector<std::string> parts;
  if (name == ".")
    return parts;
  std::size_t start = 0;
  while (true) {
    const auto dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos)
      break;
    start = dot + 1;
  }
  return parts;
}

// Reads the tags of one template: checks their syntax and names, records
// each in the tag table, and writes the nodes the renderer walks.
class Scanner {
 public:
  Scanner(const SourceFile& file, std::vector<TemplateSet::Tag>& table, Diagnostics& diagnostics)
      : file_(file), table_(table), diagnostics_(diagnostics) {}

  bool run(std::vector<TemplateNode>& nodes, std::vector<PartialInclude>& partials);
  // How deep its sections nest.
  int depth() const { return depth_; }

 private:
  // Markdown's block markers before a value take a few characters; past
  // this many the scanner keeps no more of the line, and a value there is
  // escaped as one that starts a block (the stricter escaping, which reads
  // the same).
  static constexpr std::size_t max_line_kept = 256;

  SourceSpan span(std::size_t offset, std::size_t end) const {
    return TemplateSet::Tag{TagKind::variable, {}, {}, &file_, offset, end}.where();
  }
  void error(std::string code, MessageArgs args, SourceSpan where) {
    diagnostics_.error(std::move(code), std::move(args), std::move(where));
    ++errors_;
    ok_ = false;
  }
  // Past the diagnostics' limit (and the one that says so), scanning stops.
  bool too_many_errors() const { return errors_ > Diagnostics::max_items; }
  std::size_t record(TagKind kind, std::string name, std::size_t begin, std::size_t end,
                     ValuePlace place = ValuePlace::inline_text) {
    auto path = name_path(name);
    table_.push_back({kind, std::move(name), std::move(path), &file_, begin, end, place});
    return table_.size() - 1;
  }
  // Where the line of `offset` starts, and whether only blanks stand before
  // `offset` on it: the text is read once, forward, however many tags a
  // line holds.
  void move_to(std::size_t offset) {
    const std::string_view text = file_.text();
    if (!line_known_ || offset > seen_) {
      const auto newline = text.substr(seen_, offset - seen_).rfind('\n');
      if (!line_known_ || newline != std::string_view::npos) {
        line_start_ = newline == std::string_view::npos ? 0 : seen_ + newline + 1;
        first_text_ = line_start_;
        while (first_text_ < text.size() && (text[first_text_] == ' ' || text[first_text_] == '\t'))
          ++first_text_;
        line_known_ = true;
      }
      seen_ = offset;
    }
  }
  // Template text is copied out as it is, and what stands before the next
  // tag on its line is kept (up to max_line_kept).
  void copy(std::string_view text) {
    text_.append(text);
    const auto newline = text.rfind('\n');
    if (newline != std::string_view::npos) {
      line_before_.clear();
      text = text.substr(newline + 1);
    }
    if (line_before_.size() <= max_line_kept)
      line_before_.append(text.substr(0, max_line_kept + 1 - line_before_.size()));
  }
  ValuePlace value_place() const {
    return line_before_.size() > max_line_kept || starts_block(line_before_)
               ? ValuePlace::block_start
               : ValuePlace::inline_text;
  }

  const SourceFile& file_;
  std::vector<TemplateSet::Tag>& table_;
  Diagnostics& diagnostics_;
  bool ok_ = true;
  std::size_t errors_ = 0;
  int depth_ = 0;
  std::string text_;         // the text since the last tag
  std::string line_before_;  // the template's text before the tag on its line, without tags
  bool line_known_ = false;
  std::size_t seen_ = 0;        // how far move_to has read
  std::size_t line_start_ = 0;  // where the line of the last tag starts
  std::size_t first_text_ = 0;  // the first character on that line that is not a blank
};

bool Scanner::run(std::vector<TemplateNode>& out, std::vector<PartialInclude>& partials) {
  const std::string_view text = file_.text();
  std::string open = "{{";
  std::string close = "}}";
  struct OpenSection {
    std::string name;
    std::size_t node;  // its node in `out`
    std::size_t begin;
    std::size_t end;
  };
  // The text since the last tag as a node of its own.
  const auto end_text = [&] {
    if (!text_.empty())
      out.push_back({TemplateNode::Kind::text, std::move(text_)});
    text_.clear();
  };
  const auto add_tag = [&](std::size_t tag) {
    end_text();
    out.push_back({TemplateNode::Kind::tag, {}, tag});
  };
  std::vector<OpenSection> sections;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (too_many_errors())
      return false;
    const auto start = text.find(open, pos);
    if (start == std::string_view::npos) {
      copy(text.substr(pos));
      break;
    }
    copy(text.substr(pos, start - pos));
    const bool triple = open == "{{" && text.substr(start + 2, 1) == "{";
    const std::string_view closer = triple ? std::string_view("}}}") : std::string_view(close);
    const auto content_start = start + open.size() + (triple ? 1 : 0);
    const auto end = text.find(closer, content_start);
    if (end == std::string_view::npos) {
      error("template.unclosed-tag", {{"open", open}, {"close", std::string(closer)}},
            span(start, start + open.size()));
      return false;
    }
    const auto tag_end = end + closer.size();
    const auto where = [&] { return span(start, tag_end); };
    const std::string_view content =
        trim_whitespace(text.substr(content_start, end - content_start));
    pos = tag_end;
    move_to(start);
    const char sigil = triple ? '&' : (content.empty() ? ' ' : content.front());
    if (std::string_view("!=#^/").find(sigil) != std::string_view::npos) {
      if (const auto alone =
              standalone_line(text, start - line_start_, first_text_ >= start, tag_end)) {
        text_.resize(text_.size() - alone->indentation);
        line_before_.clear();
        pos = alone->next_line;
      }
    }
    if (sigil == '!')
      continue;
    if (sigil == '=') {
      const std::string_view inner = content.size() >= 2 && content.back() == '='
                                         ? trim_whitespace(content.substr(1, content.size() - 2))
                                         : std::string_view();
      const auto space = inner.find_first_of(" \t");
      const std::string_view new_open = inner.substr(0, space);
      const std::string_view new_close = space == std::string_view::npos
                                             ? std::string_view()
                                             : trim_whitespace(inner.substr(space));
      if (new_open.empty() || new_close.empty() ||
          new_close.find_first_of(" \t=") != std::string_view::npos ||
          new_open.find('=') != std::string_view::npos) {
        error("template.bad-delimiters", {{"tag", std::string(content)}}, where());
        return false;
      }
      open = new_open;
      close = new_close;
      continue;
    }
    const bool has_sigil = std::string_view("#^/>&").find(sigil) != std::string_view::npos;
    const std::string name(has_sigil && !triple ? trim_whitespace(content.substr(1)) : content);
    if (sigil == '&') {
      error("template.unescaped", {{"name", name}}, where());
      continue;
    }
    if (sigil == '>') {
      if (!is_file_name_part(name)) {
        error("template.bad-name", {{"name", name}}, where());
        continue;
      }
      add_tag(record(TagKind::partial, name, start, tag_end));
      partials.push_back({name, start, tag_end, static_cast<int>(sections.size())});
      continue;
    }
    if (!is_data_name(name)) {
      error("template.bad-name", {{"name", name}}, where());
      continue;
    }
    if (sigil == '/') {
      if (sections.empty() || sections.back().name != name) {
        error("template.unmatched-end", {{"name", name}}, where());
        return false;
      }
      end_text();
      out[sections.back().node].end = out.size();
      sections.pop_back();
      continue;
    }
    const TagKind kind = sigil == '#'   ? TagKind::section
                         : sigil == '^' ? TagKind::inverted
                                        : TagKind::variable;
    if (kind != TagKind::variable && sections.size() >= TemplateSet::max_section_depth) {
      error("template.too-deep", {{"limit", std::to_string(TemplateSet::max_section_depth)}},
            where());
      return false;
    }
    add_tag(record(kind, name, start, tag_end, value_place()));
    if (kind != TagKind::variable) {
      sections.push_back({name, out.size() - 1, start, tag_end});
      depth_ = std::max(depth_, static_cast<int>(sections.size()));
    }
  }
  end_text();
  for (const auto& section : sections)
    error("template.unclosed-section", {{"name", section.name}}, span(section.begin, section.end));
  return ok_;
}

// Renders a template's nodes against the data, with strict lookups: a name
// that resolves to nothing, or a text tag that resolves to something other
// than text, is recorded at the tag's place. The rendering is mustache's
// without its rule for standalone lines (the scanner applied it): text as it
// stands, each value escaped for its place, a section once for a value that
// is true, once for each item of a list, not at all for false, null or an
// empty list; an inverted section only for those.
class Renderer {
 public:
  using Partials = std::function<const TemplateSet::Loaded*(const std::string&)>;
  Renderer(const TemplateValue& data, const TypedDeferred& deferred,
           const std::vector<TemplateSet::Tag>& tags, Partials partials, const Escaper& escape,
           Diagnostics& diagnostics, const TaskRunner& parallel, std::vector<std::string>& segments)
      : lookups_left_(lookups_per_value(tags) * (data.count() + 1)),
        deferred_(deferred),
        tags_(tags),
        partials_(std::move(partials)),
        escape_(escape),
        diagnostics_(diagnostics),
        parallel_(parallel),
        segments_(&segments) {
    items_.push_back(&data);
  }

  void render(const std::vector<TemplateNode>& nodes, std::size_t begin, std::size_t end,
              std::string& out) {
    for (std::size_t i = begin; i < end; ++i) {
      const TemplateNode& node = nodes[i];
      if (node.kind == TemplateNode::Kind::text) {
        out += node.text;
        continue;
      }
      const TemplateSet::Tag& tag = tags_[node.tag];
      if (tag.kind == TagKind::partial) {
        if (const auto* partial = partials_(tag.name))
          render(partial->nodes, 0, partial->nodes.size(), out);
        continue;
      }
      const TemplateValue* found = lookup(node.tag);
      if (tag.kind == TagKind::variable) {
        if (found != nullptr && found->is_text())
          escape_(out, found->text(), tag.place);
        continue;
      }
      const bool shown = found != nullptr && !found->is_null() &&
                         !(found->flag() != nullptr && !*found->flag()) &&
                         !(found->items() != nullptr && found->items()->empty());
      if (tag.kind == TagKind::section && shown) {
        section(*found, nodes, i + 1, node.end, out);
      } else if (tag.kind == TagKind::inverted && !shown) {
        // mustache puts the false value itself in reach ("{{.}}").
        if (found != nullptr)
          items_.push_back(found);
        render(nodes, i + 1, node.end, out);
        if (found != nullptr)
          items_.pop_back();
      }
      i = node.end - 1;
    }
  }

  bool ok() const { return !failed_; }

 private:
  // A tag is looked up once for each value it is rendered with, so a
  // template renders each tag at most about as often as the data has
  // values, unless a section repeats a list inside itself: then the text
  // grows as a power of the list, and rendering stops.
  static std::size_t lookups_per_value(const std::vector<TemplateSet::Tag>& tags) {
    return 4 * (tags.size() + 1);
  }

  void section(const TemplateValue& value, const std::vector<TemplateNode>& nodes,
               std::size_t begin, std::size_t end, std::string& out) {
    const TemplateValue::List* list = value.items();
    if (list == nullptr) {
      items_.push_back(&value);
      render(nodes, begin, end, out);
      items_.pop_back();
      return;
    }
    const auto built = deferred_.find(&value);
    if (built == deferred_.end()) {
      for (const TemplateValue& item : *list) {
        items_.push_back(&item);
        render(nodes, begin, end, out);
        items_.pop_back();
      }
      return;
    }
    if (render_in_parts(*built->second, list->size(), nodes, begin, end, out))
      return;
    render_built(*built->second, 0, list->size(), nodes, begin, end, out);
  }

  // Items `first` to `last` of a deferred list, each built now and dropped
  // after: the data accounts for its values from then on.
  void render_built(const ItemBuilder& build, std::size_t first, std::size_t last,
                    const std::vector<TemplateNode>& nodes, std::size_t begin, std::size_t end,
                    std::string& out) {
    for (std::size_t i = first; i < last; ++i) {
      const TemplateValue item = build(i);
      lookups_left_ += lookups_per_value(tags_) * (item.count() - 1);
      items_.push_back(&item);
      render(nodes, begin, end, out);
      items_.pop_back();
    }
  }

  // A part of a deferred list, rendered on its own: the text, and how the
  // lookups it made and the values it built moved the allowance.
  struct Part {
    std::string text;
    Diagnostics diagnostics;
    bool clean = false;           // no problem, no runaway
    std::size_t lowest_left = 0;  // the allowance's lowest, just before a lookup
    std::size_t left_after = 0;   // and after the part
  };

  // A long deferred list's items rendered in parts at once, each part by a
  // renderer of its own that starts with an allowance too large to run out.
  // The parts are joined only when rendering the items one after another
  // could not have given anything else: no part found a problem, and the
  // allowance, carried from part to part, never ran out before a lookup.
  // Otherwise (false) the list is rendered one item after another, which
  // reports what it finds as it always has.
  bool render_in_parts(const ItemBuilder& build, std::size_t count,
                       const std::vector<TemplateNode>& nodes, std::size_t begin, std::size_t end,
                       std::string& out) {
    if (!parallel_.run_all || parallel_.width <= 1 || count < 2 * least_items_a_part)
      return false;
    const std::size_t parts =
        std::min<std::size_t>(count / least_items_a_part, parts_a_thread * parallel_.width);
    constexpr std::size_t unbounded = std::numeric_limits<std::size_t>::max() / 2;
    std::vector<Part> done(parts);
    std::vector<Task> tasks;
    for (std::size_t p = 0; p < parts; ++p) {
      tasks.push_back([&, p] {
        Part& part = done[p];
        Renderer renderer(*this, part.diagnostics, unbounded);
        const std::size_t first = count * p / parts;
        const std::size_t last = count * (p + 1) / parts;
        try {
          renderer.render_built(build, first, first + 1, nodes, begin, end, part.text);
          // Room for the part's items, each about as long as its first (up
          // to a bound, whatever the first holds): grown by doubling, a
          // report's parts of 2 MB each went through a copy in pages new to
          // the process. Room never written to takes no memory.
          part.text.reserve(std::min(part.text.size() * (last - first) * 5 / 4, most_room_a_part));
          renderer.render_built(build, first + 1, last, nodes, begin, end, part.text);
          part.clean = renderer.ok() && part.diagnostics.empty();
        } catch (const Runaway&) {
          part.clean = false;
        }
        part.lowest_left = renderer.lowest_left_;
        part.left_after = renderer.lookups_left_;
      });
    }
    run_tasks(parallel_, tasks);
    std::size_t left = lookups_left_;
    for (const Part& part : done) {
      // One after another, this part would have started with `left`.
      if (!part.clean || left + part.lowest_left <= unbounded)
        return false;
      left = left + part.left_after - unbounded;
    }
    lookups_left_ = left;
    // The text so far and each part handed over as they are, not copied
    // into one text (a report's 19 MB): what follows the list goes on in
    // `out`, emptied.
    segments_->push_back(std::move(out));
    out.clear();
    for (Part& part : done)
      segments_->push_back(std::move(part.text));
    return true;
  }

  const TemplateValue* lookup(std::size_t index) {
    lowest_left_ = std::min(lowest_left_, lookups_left_);
    if (lookups_left_-- == 0)
      throw Runaway{index};
    const TemplateSet::Tag& tag = tags_[index];
    const TemplateValue* found = resolve(index);
    if (found == nullptr) {
      if (first_report(index)) {
        const auto suggestion = nearest(tag.name, names_in_reach());
        if (suggestion) {
          report(index, "template.unknown-tag-suggest", {{"suggestion", *suggestion}});
        } else {
          report(index, "template.unknown-tag");
        }
      }
    } else if (tag.kind == TagKind::variable && !found->is_text()) {
      if (first_report(index))
        report(index, "template.not-text");
    }
    return found;
  }

  const TemplateValue* resolve(std::size_t index) {
    const TemplateSet::Tag& tag = tags_[index];
    if (tag.path.empty())
      return items_.back();
    std::size_t& hint = hints_[index];
    for (auto item = items_.rbegin(); item != items_.rend(); ++item) {
      const TemplateValue* value = (*item)->field(tag.path.front(), hint);
      for (std::size_t part = 1; value != nullptr && part < tag.path.size(); ++part)
        value = value->field(tag.path[part]);
      if (value != nullptr)
        return value;
    }
    return nullptr;
  }

  // The names a tag could use here: the names of every record on the stack,
  // and one level into those that are records ("buyer.name"); each record's
  // in the order of their names.
  std::vector<std::string> names_in_reach() const {
    std::vector<std::string> names;
    for (auto item = items_.rbegin(); item != items_.rend(); ++item) {
      const auto* record = (*item)->fields();
      for (const std::size_t i : by_name(**item)) {
        const std::string name(record->names[i]);
        names.push_back(name);
        const TemplateValue& value = record->values[i];
        for (const std::size_t sub : by_name(value))
          names.push_back(name + "." + std::string(value.fields()->names[sub]));
      }
    }
    return names;
  }

  // A record's fields in the order of their names (none for what is no record).
  static std::vector<std::size_t> by_name(const TemplateValue& value) {
    const auto* record = value.fields();
    if (record == nullptr)
      return {};
    std::vector<std::size_t> order(record->names.size());
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    std::sort(order.begin(), order.end(), [record](std::size_t a, std::size_t b) {
      return record->names[a] < record->names[b];
    });
    return order;
  }

  // A tag inside a loop is looked up once per item: it is reported once,
  // and past the diagnostics' limit no more are looked into.
  bool first_report(std::size_t index) {
    failed_ = true;
    return reported_.size() <= Diagnostics::max_items && reported_.insert(index).second;
  }
  void report(std::size_t index, const char* code, MessageArgs args = {}) {
    args.insert(args.begin(), {"name", tags_[index].name});
    diagnostics_.error(code, std::move(args), tags_[index].where());
  }

  // A part's renderer: what `whole` has in reach and has reported, with
  // an allowance of its own and its own problems.
  Renderer(const Renderer& whole, Diagnostics& diagnostics, std::size_t allowance)
      : lookups_left_(allowance),
        lowest_left_(allowance),
        deferred_(whole.deferred_),
        items_(whole.items_),
        tags_(whole.tags_),
        partials_(whole.partials_),
        escape_(whole.escape_),
        diagnostics_(diagnostics),
        reported_(whole.reported_) {}

  // Fewer items than this a part are not worth a task: a tender's scores in
  // the report are some 20 KB of text.
  static constexpr std::size_t least_items_a_part = 8;
  static constexpr std::size_t most_room_a_part = std::size_t{64} << 20;

  std::size_t lookups_left_;
  std::size_t lowest_left_ = std::numeric_limits<std::size_t>::max();
  const TypedDeferred& deferred_;
  std::vector<const TemplateValue*> items_;  // the innermost last
  const std::vector<TemplateSet::Tag>& tags_;
  // For each tag, where its first name was last found in a record: the
  // items of a list are built alike (a report's hundreds of thousands of
  // reasons), so the field is most often there again.
  std::vector<std::size_t> hints_ = std::vector<std::size_t>(tags_.size());
  Partials partials_;
  const Escaper& escape_;
  Diagnostics& diagnostics_;
  std::set<std::size_t> reported_;
  bool failed_ = false;
  // Parts of a deferred list may render at once; a part's own renderer splits nothing.
  TaskRunner parallel_;
  // Where the text rendered so far and a list's parts go when the list is
  // rendered in parts (never by a part's own renderer).
  std::vector<std::string>* segments_ = nullptr;
};

}  // namespace

std::vector<TemplateFolder> template_folders(const fs::path& user_folder, const fs::path& data_dir,
                                             std::string_view subfolder) {
  std::vector<TemplateFolder> folders;
  if (!user_folder.empty())
    folders.push_back({user_folder, user_folder});
  const fs::path shown = data_dir.parent_path().filename() / data_dir.filename() / subfolder;
  folders.push_back({data_dir / subfolder, shown});
  return folders;
}

TemplateSet::TemplateSet(std::vector<TemplateFolder> folders, Lang lang, std::string suffix)
    : folders_(std::move(folders)), lang_(lang), suffix_(std::move(suffix)) {}

TemplateSet::~TemplateSet() = default;

fs::path TemplateSet::find(std::string_view file_name) const {
  return locate(file_name).path;
}

TemplateSet::Located TemplateSet::locate(std::string_view file_name) const {
  for (const auto& folder : folders_) {
    // Whatever is there is the template, read or refused: one the officer's
    // folder holds but cannot be read is never passed over for the shipped one.
    for (const fs::path& relative : {fs::path(lang_code(lang_)) / file_name, fs::path(file_name)}) {
      if (!nothing_at(folder.path / relative))
        return {folder.path / relative, &folder, (folder.shown / relative).string()};
    }
  }
  return {};
}

std::optional<SourceFile> TemplateSet::read(std::string_view file_name,
                                            const std::optional<SourceSpan>& included_from,
                                            Diagnostics& diagnostics) const {
  const Located found = locate(file_name);
  if (found.folder == nullptr) {
    std::string searched;
    for (const auto& folder : folders_)
      searched += (searched.empty() ? "" : ", ") + (folder.shown / lang_code(lang_)).string();
    diagnostics.error("template.not-found",
                      {{"name", std::string(file_name)},
                       {"lang", std::string(lang_code(lang_))},
                       {"folders", searched}},
                      included_from);
    return std::nullopt;
  }
  if (cannot_search(found.path.parent_path())) {
    diagnostics.error("folder.unreadable", {{"path", fs::path(found.shown).parent_path().string()}},
                      included_from);
    return std::nullopt;
  }
  if (!lies_within(found.path, found.folder->path)) {
    diagnostics.error("template.outside-folder",
                      {{"path", found.shown}, {"folder", found.folder->shown.string()}},
                      included_from);
    return std::nullopt;
  }
  // Each file once: a thousand letters read the same stylesheet.
  if (std::find(files_read_.begin(), files_read_.end(), found.path) == files_read_.end())
    files_read_.push_back(found.path);
  return read_source_file(found.path, found.shown, diagnostics, ReadLimits{max_file_bytes});
}

const TemplateSet::Loaded* TemplateSet::load(const std::string& name,
                                             const std::optional<SourceSpan>& included_from,
                                             std::vector<std::string>& chain,
                                             Diagnostics& diagnostics) {
  if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
    std::string cycle;
    for (auto it = std::find(chain.begin(), chain.end(), name); it != chain.end(); ++it)
      cycle += *it + " → ";
    diagnostics.error("template.partial-cycle", {{"name", name}, {"cycle", cycle + name}},
                      included_from);
    return nullptr;
  }
  if (const auto it = loaded_.find(name); it != loaded_.end())
    return it->second.get();
  auto source = read(name + suffix_, included_from, diagnostics);
  if (!source)
    return nullptr;
  // Kept for the places of its tags.
  const SourceFile& file = sources_.emplace_back(std::move(*source));
  auto loaded = std::make_unique<Loaded>();
  std::vector<PartialInclude> partials;
  Scanner scanner(file, tags_, diagnostics);
  bool ok = scanner.run(loaded->nodes, partials);
  loaded->depth = scanner.depth();
  // Each partial is loaded once, and checked where it is included deepest.
  std::vector<PartialInclude> distinct;
  std::map<std::string_view, std::size_t> by_name;
  for (const auto& partial : partials) {
    const auto [at, added] = by_name.emplace(partial.name, distinct.size());
    if (added) {
      distinct.push_back(partial);
    } else if (partial.depth > distinct[at->second].depth) {
      distinct[at->second] = partial;
    }
  }
  chain.push_back(name);
  for (const auto& partial : distinct) {
    if (diagnostics.truncated()) {
      ok = false;
      break;
    }
    const Tag include{TagKind::partial, partial.name, {}, &file, partial.begin, partial.end};
    const Loaded* included = load(partial.name, include.where(), chain, diagnostics);
    ok = included != nullptr && ok;
    if (included == nullptr)
      continue;
    loaded->depth = std::max(loaded->depth, partial.depth + included->depth);
    if (partial.depth + included->depth > max_section_depth) {
      diagnostics.error("template.too-deep", {{"limit", std::to_string(max_section_depth)}},
                        include.where());
      ok = false;
    }
  }
  chain.pop_back();
  if (!ok)
    return nullptr;
  return loaded_.emplace(name, std::move(loaded)).first->second.get();
}

std::optional<std::string> TemplateSet::render(std::string_view name, const nlohmann::json& data,
                                               const Escaper& escape, Diagnostics& diagnostics,
                                               const DeferredLists& deferred,
                                               const TaskRunner& parallel) {
  auto segments = render_segments(name, data, escape, diagnostics, deferred, parallel);
  if (!segments)
    return std::nullopt;
  if (segments->size() == 1)
    return std::move(segments->front());
  return joined(*segments);
}

std::optional<std::vector<std::string>> TemplateSet::render_segments(
    std::string_view name, const nlohmann::json& data, const Escaper& escape,
    Diagnostics& diagnostics, const DeferredLists& deferred, const TaskRunner& parallel) {
  const std::string template_name(name);
  if (!is_file_name_part(template_name)) {
    diagnostics.error("template.bad-name", {{"name", template_name}});
    return std::nullopt;
  }
  Diagnostics problems;
  const Loaded* root = nullptr;
  {
    const std::unique_lock reading(lock_);
    std::vector<std::string> chain;
    root = load(template_name, std::nullopt, chain, problems);
  }
  if (root == nullptr) {
    diagnostics.append(problems);
    return std::nullopt;
  }
  const TemplateValue typed = TemplateValue::from_json(data);
  TypedDeferred typed_deferred;
  if (!deferred.empty())
    find_deferred(data, typed, deferred, typed_deferred);
  // Its partials were loaded with it; nothing is added while it renders.
  const std::shared_lock rendering(lock_);
  std::vector<std::string> segments;
  Renderer renderer(
      typed, typed_deferred, tags_,
      [this](const std::string& partial) -> const Loaded* {
        const auto it = loaded_.find(partial);
        return it == loaded_.end() ? nullptr : it->second.get();
      },
      escape, problems, parallel, segments);
  std::string text;
  try {
    renderer.render(root->nodes, 0, root->nodes.size(), text);
  } catch (const Runaway& runaway) {
    problems.error("template.runaway", {{"name", tags_[runaway.tag].name}},
                   tags_[runaway.tag].where());
    diagnostics.append(problems);
    return std::nullopt;
  }
  diagnostics.append(problems);
  if (!renderer.ok())
    return std::nullopt;
  segments.push_back(std::move(text));
  return segments;
}

std::optional<std::string> TemplateSet::read_asset(std::string_view file_name,
                                                   Diagnostics& diagnostics) const {
  const std::unique_lock reading(lock_);
  if (const auto it = assets_.find(file_name); it != assets_.end())
    return it->second;
  const auto source = read(file_name, std::nullopt, diagnostics);
  if (!source)
    return std::nullopt;
  return assets_.emplace(std::string(file_name), source->text()).first->second;
}

std::vector<fs::path> TemplateSet::files_read() const {
  const std::shared_lock reading(lock_);
  return files_read_;
}

}  // namespace procure
