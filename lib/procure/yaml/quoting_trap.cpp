#include "procure/yaml/quoting_trap.hpp"

#include <utility>
#include <vector>

#include "procure/core/utf8.hpp"
#include "procure/yaml/quote.hpp"

namespace procure::yaml {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_flow_indicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}
bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// Scans one line left to right: its sequence dashes, a key, then the value,
// and inside flow collections each key and value. Reading moves forward; a
// value's end is looked for once per nesting level, and nesting is read at
// most max_depth deep, so time is bounded by the line's length times 64.
class LineScanner {
 public:
  explicit LineScanner(std::string_view line) : line_(line) {}

  // The collection at `begin` quoted as a whole (collection_as_text).
  std::optional<QuotingTrap> collection(std::size_t begin) {
    if (begin >= line_.size() || (line_[begin] != '[' && line_[begin] != '{'))
      return std::nullopt;
    indent_ = skip_blanks(0);
    const std::size_t after = flow_collection(begin);
    if (after == npos || indent_ > begin)
      return std::nullopt;
    found_.clear();  // what needs quotes inside it is quoted with it
    trap(begin, after, std::string(1, line_[begin]));
    return result();
  }

  // The values of the line that need quotes (find_quoting_trap).
  std::optional<QuotingTrap> scan() {
    std::size_t at = skip_blanks(0);
    indent_ = at;
    while (at < line_.size() && line_[at] == '-' && blank_or_end(at + 1))
      at = skip_blanks(at + 1);
    if (ends(at))
      return std::nullopt;
    const std::size_t colon = block_key_colon(at);
    if (colon != npos)
      at = skip_blanks(colon + 1);
    if (!ends(at))
      block_value(at);
    return result();
  }

 private:
  // The values found, each quoted in the line.
  std::optional<QuotingTrap> result() const {
    if (found_.empty())
      return std::nullopt;
    QuotingTrap trap{found_.front().begin, found_.front().end, found_.front().syntax, {}, {}};
    std::size_t copied = indent_;
    for (const auto& value : found_) {
      trap.values.emplace_back(value.begin, value.end);
      trap.quoted_line += line_.substr(copied, value.begin - copied);
      trap.quoted_line += double_quoted(line_.substr(value.begin, value.end - value.begin));
      copied = value.end;
    }
    trap.quoted_line += line_.substr(copied);
    return trap;
  }

  struct Found {
    std::size_t begin;
    std::size_t end;
    std::string syntax;
  };

  std::size_t skip_blanks(std::size_t at) const {
    while (at < line_.size() && is_blank(line_[at]))
      ++at;
    return at;
  }
  bool blank_or_end(std::size_t at) const { return at >= line_.size() || is_blank(line_[at]); }
  // At the end of the line's content: its end, or a comment (called after blanks).
  bool ends(std::size_t at) const { return at >= line_.size() || line_[at] == '#'; }
  bool comment_at(std::size_t at) const {
    return at < line_.size() && line_[at] == '#' && at > 0 && is_blank(line_[at - 1]);
  }

  // One past the closing quote of the quoted scalar at `at`, or npos.
  std::size_t quoted_end(std::size_t at) const {
    const char quote = line_[at];
    for (std::size_t p = at + 1; p < line_.size(); ++p) {
      if (quote == '"' && line_[p] == '\\') {
        ++p;
      } else if (line_[p] == quote) {
        if (quote == '\'' && p + 1 < line_.size() && line_[p + 1] == '\'')
          ++p;
        else
          return p + 1;
      }
    }
    return npos;
  }

  // The end of a block value's text: before a comment, trailing blanks left out.
  std::size_t block_text_end(std::size_t from) const {
    std::size_t end = line_.size();
    for (std::size_t p = from; p < line_.size(); ++p) {
      if (comment_at(p)) {
        end = p;
        break;
      }
    }
    return trim_end(from, end);
  }
  std::size_t trim_end(std::size_t begin, std::size_t end) const {
    while (end > begin && is_blank(line_[end - 1]))
      --end;
    return end;
  }

  // The ':' after the quoted text at `at` (a quoted key), or npos.
  std::size_t colon_after_quoted(std::size_t at) const {
    const std::size_t close = quoted_end(at);
    if (close == npos)
      return npos;
    const std::size_t p = skip_blanks(close);
    return p < line_.size() && line_[p] == ':' ? p : npos;
  }

  // The ':' that ends a block key starting at `at`, or npos when the line
  // holds a value only.
  std::size_t block_key_colon(std::size_t at) const {
    if (line_[at] == '"' || line_[at] == '\'') {
      const std::size_t colon = colon_after_quoted(at);
      return colon != npos && blank_or_end(colon + 1) ? colon : npos;
    }
    if (line_[at] == '[' || line_[at] == '{')
      return npos;
    for (std::size_t p = at; p < line_.size(); ++p) {
      if (comment_at(p))
        return npos;
      if (line_[p] == ':' && blank_or_end(p + 1))
        return p;
    }
    return npos;
  }

  // Notes a value that needs quotes; returns its end, where reading goes on.
  std::size_t trap(std::size_t begin, std::size_t end, std::string syntax) {
    found_.push_back(Found{begin, end, std::move(syntax)});
    return end;
  }

  void block_value(std::size_t at) {
    // Anchors before the value ("&a value") are passed over one by one.
    while (line_[at] == '&') {
      std::size_t p = at + 1;
      while (p < line_.size() && !is_blank(line_[p]))
        ++p;
      const std::size_t rest = skip_blanks(p);
      if (p == at + 1) {
        trap(at, block_text_end(at), "&");
        return;
      }
      if (ends(rest))
        return;  // an anchor on an empty value: YAML as meant
      at = rest;
    }
    const char c = line_[at];
    if (c == '"' || c == '\'') {
      const std::size_t close = quoted_end(at);
      if (close != npos && !ends(skip_blanks(close)))
        trap(at, block_text_end(close), std::string(1, c));
      return;
    }
    if (c == '[' || c == '{') {
      const std::size_t traps_before = found_.size();
      const std::size_t after = flow_collection(at);
      if (found_.size() == traps_before && after != npos && !ends(skip_blanks(after)))
        trap(at, block_text_end(after), std::string(1, c));
      return;
    }
    if (c == '|' || c == '>') {
      std::size_t p = at + 1;
      while (p < line_.size() &&
             ((line_[p] >= '1' && line_[p] <= '9') || line_[p] == '+' || line_[p] == '-'))
        ++p;
      const std::size_t rest = skip_blanks(p);
      if (rest < line_.size() && !comment_at(rest))
        trap(at, block_text_end(at), std::string(1, c));
      return;
    }
    if (c == '@' || c == '`' || c == '%') {
      trap(at, block_text_end(at), std::string(1, c));
      return;
    }
    if (c == '*') {
      std::size_t p = at + 1;
      while (p < line_.size() && !is_blank(line_[p]))
        ++p;
      if (p == at + 1 || !ends(skip_blanks(p)))
        trap(at, block_text_end(at), "*");
      return;  // else an alias: YAML as meant
    }
    if ((c == '-' || c == '?') && blank_or_end(at + 1)) {
      trap(at, block_text_end(at), std::string(1, c));
      return;
    }
    const std::size_t end = block_text_end(at);
    for (std::size_t p = at; p < end; ++p) {
      if (line_[p] == ':' && (p + 1 == end || is_blank(line_[p + 1]))) {
        trap(at, end, ": ");
        return;
      }
    }
  }

  // Reads the collection opening at `at`, noting its traps; returns where
  // it closes, or npos when the line ends inside it.
  std::size_t flow_collection(std::size_t at) {
    // Deeper than any case file nests, and the stack stays small on a
    // hostile line of brackets: the rest of such a line is not read.
    if (++depth_ > max_depth)
      return npos;
    const DepthGuard leave{depth_};
    const bool map = line_[at] == '{';
    std::size_t p = at + 1;
    while (true) {
      p = skip_blanks(p);
      if (p >= line_.size() || comment_at(p))
        return npos;
      const char c = line_[p];
      if (c == ']' || c == '}')
        return p + 1;
      if (c == ',') {
        ++p;
        continue;
      }
      std::size_t value_at = p;
      if (map) {
        const std::size_t colon = flow_key_colon(p);
        if (colon == npos) {
          // An entry without a value ("{a, b: c}"): YAML, if hardly meant; on to the next.
          p = line_.find_first_of(",}", p);
          if (p == npos)
            return npos;
          continue;
        }
        value_at = skip_blanks(colon + 1);
        if (value_at >= line_.size() || line_[value_at] == ',' || line_[value_at] == '}') {
          p = value_at;
          continue;
        }
      }
      p = flow_value(value_at, map);
      if (p == npos)
        return npos;
    }
  }

  // The ':' ending the key of a flow map entry at `at`, or npos if it has none.
  std::size_t flow_key_colon(std::size_t at) const {
    if (line_[at] == '"' || line_[at] == '\'')
      return colon_after_quoted(at);
    for (std::size_t p = at; p < line_.size(); ++p) {
      const char c = line_[p];
      if (c == ':' && (blank_or_end(p + 1) || is_flow_indicator(line_[p + 1])))
        return p;
      if (is_flow_indicator(c) || comment_at(p))
        return npos;
    }
    return npos;
  }

  // Where a value in a flow collection was meant to end. In a list, at the
  // next ',' or ']'. In a map, at a ',' followed by "key:", or at a '}' that
  // closes the map: a ',' or '#' between them was meant as text.
  std::size_t flow_text_end(std::size_t at, bool map) const {
    for (std::size_t p = at; p < line_.size(); ++p) {
      const char c = line_[p];
      if (!map && (c == ',' || c == ']'))
        return trim_end(at, p);
      if (map && c == ',' && next_is_flow_key(p + 1))
        return trim_end(at, p);
      if (map && c == '}') {
        const std::size_t rest = skip_blanks(p + 1);
        if (rest == line_.size() || comment_at(rest) || is_flow_indicator(line_[rest]))
          return trim_end(at, p);
      }
    }
    return trim_end(at, line_.size());
  }
  bool next_is_flow_key(std::size_t at) const {
    std::size_t p = skip_blanks(at);
    const std::size_t start = p;
    while (p < line_.size() && is_key_char(line_[p]))
      ++p;
    return p > start && p < line_.size() && line_[p] == ':' && blank_or_end(p + 1);
  }

  // Reads the value at `at` in a flow collection, noting a trap; returns
  // where it ends, or npos when the line ends inside it.
  std::size_t flow_value(std::size_t at, bool map) {
    const char c = line_[at];
    if (c == '[' || c == '{' || c == '"' || c == '\'') {
      const std::size_t traps_before = found_.size();
      const std::size_t after = c == '[' || c == '{' ? flow_collection(at) : quoted_end(at);
      if (after == npos || found_.size() > traps_before)
        return npos;
      const std::size_t rest = skip_blanks(after);
      if (rest == line_.size() || comment_at(rest) || is_flow_indicator(line_[rest]))
        return rest;
      return trap(at, flow_text_end(after, map), std::string(1, c));
    }
    const std::size_t end = flow_text_end(at, map);
    if (auto syntax = flow_plain_trap(at, end))
      return trap(at, end, *syntax);
    return end;
  }

  // What in the plain text [at, end) of a flow value yaml-cpp reads as
  // markup: it ends such a text at '?' and at ',', '[', ']', '{', '}'.
  std::optional<std::string> flow_plain_trap(std::size_t at, std::size_t end) const {
    const char first = line_[at];
    if (first == '@' || first == '`' || first == '%' || first == '&' || first == '*' ||
        first == '|' || first == '>')
      return std::string(1, first);
    if (first == '-' && at + 1 < end && is_blank(line_[at + 1]))
      return std::string(1, first);
    for (std::size_t p = at; p < end; ++p) {
      const char c = line_[p];
      if (c == '?' || is_flow_indicator(c))
        return std::string(1, c);
      if (c == ':' && (p + 1 == end || is_blank(line_[p + 1])))
        return std::string(": ");
      if (comment_at(p))
        return std::string("#");
    }
    return std::nullopt;
  }

  static constexpr int max_depth = 64;
  struct DepthGuard {
    int& depth;
    ~DepthGuard() { --depth; }
  };

  std::string_view line_;
  std::size_t indent_ = 0;
  int depth_ = 0;
  std::vector<Found> found_;
};

}  // namespace

std::optional<QuotingTrap> find_quoting_trap(std::string_view line) {
  return LineScanner(line).scan();
}

std::optional<QuotingTrap> collection_as_text(std::string_view line, std::size_t begin) {
  return LineScanner(line).collection(begin);
}

Diagnostic quoting_diagnostic(const SourceFile& source, int line_number, const QuotingTrap& trap) {
  const std::string_view line = source.line(line_number);
  const auto value_chars =
      static_cast<int>(utf8::length(line.substr(trap.begin, trap.end - trap.begin)));
  return Diagnostic{Severity::error,
                    "yaml.needs-quotes",
                    {{"syntax", trap.syntax}, {"quoted", trap.quoted_line}},
                    source.span_at_byte(line_number, static_cast<int>(trap.begin), value_chars)};
}

}  // namespace procure::yaml
