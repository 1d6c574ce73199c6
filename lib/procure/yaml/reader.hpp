#pragma once
// Typed reading of YAML nodes. Each reader reports what is wrong with a value
// at its place and returns nullopt, so a loader reads on and collects every
// problem in one pass.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/decimal.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/core/money.hpp"
#include "procure/core/problem.hpp"
#include "procure/core/source_file.hpp"
#include "procure/core/source_place.hpp"
#include "procure/core/suggest.hpp"
#include "procure/time/civil_time.hpp"
#include "procure/time/oslo_time.hpp"
#include "procure/yaml/node.hpp"

namespace procure::yaml {

// Lower-case letters, digits, '-' and '_', at most 64, not starting with '-'
// or '_': the names case files use to refer to things.
bool is_identifier(std::string_view text);

class Reader {
 public:
  Reader(const SourceFile& source, Diagnostics& diagnostics, Lang primary_language = Lang::nb)
      : source_(source), diagnostics_(diagnostics), primary_(primary_language) {}
  // A reader that keeps its source alive for the places it gives (place()).
  Reader(std::shared_ptr<const SourceFile> source, Diagnostics& diagnostics,
         Lang primary_language = Lang::nb)
      : source_(*source),
        kept_(std::move(source)),
        diagnostics_(diagnostics),
        primary_(primary_language) {}
  // A reader of the same source and language reporting to `diagnostics`:
  // for a part of a file read beside the rest, on another thread. The
  // places it gives keep the source through a count of their own: threads
  // adding to one count wait for each other (a twentieth of ranking a large
  // score table).
  Reader(const Reader& other, Diagnostics& diagnostics);

  const SourceFile& source() const { return source_; }
  Diagnostics& diagnostics() { return diagnostics_; }
  // The language of free text written without a language key.
  Lang primary_language() const { return primary_; }
  void set_primary_language(Lang lang) { primary_ = lang; }

  SourceSpan span(const Node& node) const;
  // The node's place, made into a span only when shown; it has no source
  // (an empty span) unless the reader was given its source to keep.
  SourcePlace place(const Node& node) const;
  void error(const Node& at, std::string code, MessageArgs args = {});
  void warning(const Node& at, std::string code, MessageArgs args = {});
  void report(const Node& at, const Problem& problem);

  // A scalar's text; empty text is an error.
  std::optional<std::string> text(const Node& node);
  // A name used to refer to things: lower-case letters, digits, '-' and '_'.
  std::optional<std::string> identifier(const Node& node);
  // Exactly true or false (YAML 1.1's yes/no/on/off are refused: too easy to misread).
  std::optional<bool> boolean(const Node& node);
  std::optional<Decimal> decimal(const Node& node);
  // A whole number from 0 to 999 999 999: "14".
  std::optional<int> count(const Node& node);
  // "30", "30 %", "12,5%": a percentage between 0 and 100.
  std::optional<Decimal> percent(const Node& node);
  std::optional<Money> money(const Node& node, Currency default_currency);
  std::optional<Date> date(const Node& node);
  std::optional<DateTime> date_time(const Node& node);
  // A point in time as e-tendering systems stamp it: with a zone, or Oslo local time.
  std::optional<Instant> instant(const Node& node);
  // A plain text (in the primary language) or a map of language codes.
  std::optional<LocalizedText> localized_text(const Node& node);
  // A sequence's items; a single scalar is refused with a hint to use a list.
  const std::vector<Node>* sequence(const Node& node);

  template <class E>
  std::optional<E> choice(const Node& node, std::span<const Choice<E>> choices) {
    const auto name = text(node);
    if (!name)
      return std::nullopt;
    std::vector<std::string_view> names;
    for (const auto& c : choices) {
      if (c.name == *name)
        return c.value;
      names.push_back(c.name);
    }
    report_bad_choice(node, *name, names);
    return std::nullopt;
  }

 private:
  void add(Severity severity, const Node& at, std::string code, MessageArgs args);
  bool require_scalar(const Node& node);
  void report_bad_choice(const Node& node, const std::string& value,
                         std::span<const std::string_view> names);

  const SourceFile& source_;
  std::shared_ptr<const SourceFile> kept_;
  Diagnostics& diagnostics_;
  Lang primary_;
};

// Reads one map. Ask for every key the map may have (optional() or
// required()), then call finish(): it reports each other key, suggesting the
// nearest valid one.
class MapReader {
 public:
  MapReader(Reader& reader, const Node& node);

  bool is_map() const { return is_map_; }
  const Node& node() const { return node_; }
  const Node* optional(std::string_view key);
  const Node* required(std::string_view key);
  void finish();

 private:
  Reader& reader_;
  const Node& node_;
  bool is_map_ = false;
  std::vector<std::string> known_;
};

}  // namespace procure::yaml
