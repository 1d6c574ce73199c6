#include "procure/evaluation/opening_protocol.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "procure/core/sha256.hpp"
#include "procure/core/source_file.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/quote.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {
namespace {

namespace fs = std::filesystem;

constexpr std::array<Choice<bool>, 2> status_choices{{{"on-time", false}, {"late", true}}};

// The words of one kind of protocol: its format, its keys and its diagnostics.
struct OpeningWords {
  std::string_view format;
  const char* deadline_key;
  const char* list_key;
  const char* opened_before_deadline;
  const char* received_after_opening;
  const char* late_not_marked;
  const char* on_time_marked_late;
  const char* received_after_now;
  const char* deadline_changed;
  const char* file_missing;
  const char* file_changed;
  const char* file_twice;
  const char* not_opened;
  const char* differs;
  const char* twice;
  const char* not_found;
  const char* not_recorded;
};

constexpr OpeningWords tender_words{
    opening_format_v1,
    "tender_deadline",
    "tenders",
    "opening.opened-before-deadline",
    "opening.received-after-opening",
    "opening.late-not-marked",
    "opening.on-time-marked-late",
    "opening.received-after-now",
    "opening.deadline-changed",
    "opening.file-missing",
    "opening.file-changed",
    "opening.file-twice",
    "opening.not-opened",
    "opening.tender-differs",
    "opening.tender-twice",
    "opening.tender-not-found",
    "opening.tender-not-recorded",
};

constexpr OpeningWords request_words{
    requests_opening_format_v1,
    "participation_deadline",
    "requests",
    "opening.requests-opened-before-deadline",
    "opening.request-received-after-opening",
    "opening.request-late-not-marked",
    "opening.request-on-time-marked-late",
    "opening.request-received-after-now",
    "opening.participation-deadline-changed",
    "opening.request-file-missing",
    "opening.request-file-changed",
    "opening.request-file-twice",
    "opening.request-not-opened",
    "opening.request-differs",
    "opening.request-twice",
    "opening.request-not-found",
    "opening.request-not-recorded",
};

// The order of a protocol's sealed files, as `score open` writes them.
bool path_before(const SealedFile& a, const SealedFile& b) {
  return a.path < b.path;
}

const OpeningWords& words_of(OpeningKind kind) {
  return kind == OpeningKind::requests ? request_words : tender_words;
}

void read_files(yaml::Reader& reader, const yaml::Node& node, OpeningProtocol& protocol) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    SealedFile file;
    file.where = reader.span(item);
    if (const auto* n = map.required("path")) {
      if (auto v = reader.text(*n))
        file.path = *v;
    }
    if (const auto* n = map.required("sha256")) {
      if (auto v = reader.text(*n)) {
        if (is_sha256_hex(*v)) {
          file.sha256 = *v;
          std::transform(file.sha256.begin(), file.sha256.end(), file.sha256.begin(), [](char c) {
            return c >= 'A' && c <= 'F' ? static_cast<char>(c + 32) : c;
          });
        } else {
          reader.error(*n, "opening.bad-digest", {{"value", *v}});
        }
      }
    }
    map.finish();
    if (!file.path.empty() && !file.sha256.empty())
      protocol.files.push_back(std::move(file));
  }
}

void read_tenders(yaml::Reader& reader, const yaml::Node& node, Currency currency,
                  OpeningProtocol& protocol) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    OpenedTender tender;
    tender.where = reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = reader.text(*n))
        tender.id = *v;
    }
    if (const auto* n = map.required("supplier")) {
      if (auto v = reader.text(*n))
        tender.supplier = *v;
    }
    if (const auto* n = map.optional("organisation_number")) {
      if (auto v = reader.text(*n))
        tender.organisation_number = *v;
    }
    if (const auto* n = map.required("received")) {
      tender.received_where = reader.span(*n);
      if (auto v = reader.instant(*n))
        tender.received = *v;
    }
    if (const auto* n = map.optional("price"))
      tender.price = reader.money(*n, currency);
    if (const auto* n = map.required("status")) {
      if (auto v = reader.choice(*n, std::span<const Choice<bool>>(status_choices)))
        tender.late = *v;
    }
    map.finish();
    protocol.tenders.push_back(std::move(tender));
  }
}

// What `score open` guarantees of every protocol it writes; a protocol that
// breaks it was edited. Each file is sealed once; tenders may only be opened
// after the deadline (2014/24/EU art. 22(3)), and a tender received after it
// is marked late.
void check_consistency(const OpeningProtocol& protocol, Diagnostics& diagnostics) {
  const OpeningWords& words = words_of(protocol.kind);
  // Sorted by path as read, the first written of equal paths first.
  for (std::size_t i = 1; i < protocol.files.size(); ++i) {
    const SealedFile& file = protocol.files[i];
    if (file.path == protocol.files[i - 1].path)
      diagnostics.error(words.file_twice, {{"path", file.path}}, file.where);
  }
  if (protocol.opened_at <= protocol.deadline) {
    diagnostics.error(
        words.opened_before_deadline,
        {{"opened", iso_oslo(protocol.opened_at)}, {"deadline", iso_oslo(protocol.deadline)}},
        protocol.opened_where);
  }
  for (const auto& tender : protocol.tenders) {
    const MessageArgs args{{"id", tender.id},
                           {"received", iso_oslo(tender.received)},
                           {"deadline", iso_oslo(protocol.deadline)},
                           {"opened", iso_oslo(protocol.opened_at)}};
    if (tender.received > protocol.opened_at)
      diagnostics.error(words.received_after_opening, args, tender.received_where);
    if (tender.late != (tender.received > protocol.deadline)) {
      diagnostics.error(tender.late ? words.on_time_marked_late : words.late_not_marked, args,
                        tender.received_where);
    }
  }
}

std::string money_text(const std::optional<Money>& money) {
  return money ? money->to_string() : std::string();
}

std::optional<std::vector<SealedFile>> seal_folder(const fs::path& case_folder,
                                                   std::string_view folder,
                                                   const std::string& display_folder,
                                                   Diagnostics& diagnostics) {
  std::vector<SealedFile> files;
  const fs::path root = case_folder / folder;
  if (nothing_at(root))
    return files;
  // The folder being listed when a listing fails: the iterator names none then.
  fs::path listing = root;
  bool unread = false;  // a file that cannot be read: what was sealed is not every file
  std::error_code ec;
  fs::recursive_directory_iterator it(root, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.filename().string().starts_with(".")) {
      if (it->is_directory(ec))
        it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec) && !it->is_symlink(ec))
      listing = path;
    if (!it->is_regular_file(ec))
      continue;
    const std::string relative = path.lexically_relative(case_folder).generic_string();
    const auto digest = sha256_file(path);
    if (!digest) {
      diagnostics.error("file.unreadable", {{"path", display_join(display_folder, relative)}});
      unread = true;
      continue;
    }
    files.push_back({relative, *digest, {}});
  }
  if (ec) {
    diagnostics.error(
        "folder.unreadable",
        {{"path",
          display_join(display_folder, listing.lexically_relative(case_folder).generic_string())}});
    return std::nullopt;
  }
  if (unread)
    return std::nullopt;
  std::sort(files.begin(), files.end(), path_before);
  return files;
}

}  // namespace

std::optional<std::vector<SealedFile>> seal_bids(const fs::path& case_folder,
                                                 const std::string& display_folder,
                                                 Diagnostics& diagnostics) {
  return seal_folder(case_folder, bids_folder, display_folder, diagnostics);
}

std::optional<std::vector<SealedFile>> seal_requests(const fs::path& case_folder,
                                                     const std::string& display_folder,
                                                     Diagnostics& diagnostics) {
  return seal_folder(case_folder, requests_folder, display_folder, diagnostics);
}

void check_received_by_opening(const TenderLoad& tenders, Instant opened_at,
                               Diagnostics& diagnostics, OpeningKind kind) {
  for (const auto& tender : tenders.tenders) {
    if (tender.received > opened_at) {
      diagnostics.error(words_of(kind).received_after_now,
                        {{"id", tender.id},
                         {"received", iso_oslo(tender.received)},
                         {"opened", iso_oslo(opened_at)}},
                        tender.received_where);
    }
  }
}

OpeningProtocol make_opening_protocol(const Case& kase, const TenderLoad& tenders,
                                      std::vector<SealedFile> files, Instant deadline,
                                      Instant opened_at, std::string replaces, OpeningKind kind) {
  OpeningProtocol protocol;
  protocol.kind = kind;
  protocol.case_reference = kase.reference;
  protocol.deadline = deadline;
  protocol.opened_at = opened_at;
  protocol.replaces = std::move(replaces);
  protocol.files = std::move(files);
  for (const auto& tender : tenders.tenders) {
    OpenedTender opened;
    opened.id = tender.id;
    opened.supplier = tender.supplier.name;
    if (tender.supplier.organisation_number)
      opened.organisation_number = tender.supplier.organisation_number->digits();
    opened.received = tender.received;
    opened.price = tender.price;
    opened.late = tender.received > deadline;
    protocol.tenders.push_back(std::move(opened));
  }
  return protocol;
}

std::string opening_protocol_yaml(const OpeningProtocol& protocol, std::string_view comment) {
  using yaml::double_quoted;
  std::string out;
  std::size_t start = 0;
  while (start < comment.size()) {
    const auto end = std::min(comment.find('\n', start), comment.size());
    out += "# " + std::string(comment.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  const OpeningWords& words = words_of(protocol.kind);
  out += "format: " + std::string(words.format) + "\n";
  out += "case: " + double_quoted(protocol.case_reference) + "\n";
  out += std::string(words.deadline_key) + ": " + double_quoted(iso_oslo(protocol.deadline)) + "\n";
  out += "opened_at: " + double_quoted(iso_oslo(protocol.opened_at)) + "\n";
  if (!protocol.replaces.empty())
    out += "replaces: " + double_quoted(protocol.replaces) + "\n";
  out += protocol.files.empty() ? "files: []\n" : "files:\n";
  for (const auto& file : protocol.files) {
    out += "  - path: " + double_quoted(file.path) + "\n";
    out += "    sha256: " + double_quoted(file.sha256) + "\n";
  }
  out += std::string(words.list_key) + (protocol.tenders.empty() ? ": []\n" : ":\n");
  for (const auto& tender : protocol.tenders) {
    out += "  - id: " + double_quoted(tender.id) + "\n";
    out += "    supplier: " + double_quoted(tender.supplier) + "\n";
    if (!tender.organisation_number.empty())
      out += "    organisation_number: " + double_quoted(tender.organisation_number) + "\n";
    out += "    received: " + double_quoted(iso_oslo(tender.received)) + "\n";
    if (tender.price)
      out += "    price: " + double_quoted(tender.price->to_string()) + "\n";
    out += std::string("    status: ") + (tender.late ? "late" : "on-time") + "\n";
  }
  return out;
}

ReadLimits opening_protocol_read_limits() {
  ReadLimits limits;
  limits.max_bytes = 128u * 1024u * 1024u;
  return limits;
}

yaml::ParseLimits opening_protocol_parse_limits() {
  yaml::ParseLimits limits;
  limits.max_nodes = 4'000'000;
  return limits;
}

std::size_t opening_protocol_nodes(const OpeningProtocol& protocol) {
  // The root map, and a key and a value for format, case, tender_deadline,
  // opened_at, files and tenders (and replaces).
  std::size_t nodes = 1 + 2 * (protocol.replaces.empty() ? 6 : 7);
  nodes += protocol.files.size() * (1 + 2 * 2);
  for (const auto& tender : protocol.tenders) {
    const std::size_t keys =
        4u + (tender.organisation_number.empty() ? 0u : 1u) + (tender.price ? 1u : 0u);
    nodes += 1 + 2 * keys;
  }
  return nodes;
}

bool fits_opening_protocol_limits(const OpeningProtocol& protocol, std::string_view text,
                                  Diagnostics& diagnostics) {
  const auto max_bytes = opening_protocol_read_limits().max_bytes;
  const auto max_nodes = opening_protocol_parse_limits().max_nodes;
  const auto nodes = opening_protocol_nodes(protocol);
  if (text.size() <= max_bytes && nodes <= max_nodes)
    return true;
  const bool requests = protocol.kind == OpeningKind::requests;
  diagnostics.error(requests ? "opening.requests-too-large" : "opening.too-large",
                    {{"tenders", std::to_string(protocol.tenders.size())},
                     {"files", std::to_string(protocol.files.size())},
                     {"bytes", std::to_string(text.size())},
                     {"nodes", std::to_string(nodes)},
                     {"max_bytes", std::to_string(max_bytes)},
                     {"max_nodes", std::to_string(max_nodes)}});
  return false;
}

std::optional<OpeningProtocol> read_opening_protocol(const fs::path& path, const std::string& shown,
                                                     Diagnostics& diagnostics, OpeningKind kind) {
  const OpeningWords& words = words_of(kind);
  const auto document = yaml::read_document(
      path, shown, diagnostics, opening_protocol_read_limits(), opening_protocol_parse_limits());
  if (!document)
    return std::nullopt;
  const yaml::Node* root = &document->root;
  const int errors_before = diagnostics.error_count();
  yaml::Reader reader(document->source, diagnostics);
  yaml::MapReader map(reader, *root);
  if (!map.is_map() || root->is_null()) {
    if (root->is_null())
      diagnostics.error("opening.empty", {{"path", shown}}, document->source.span_at_byte(1, 0));
    return std::nullopt;
  }
  OpeningProtocol protocol;
  protocol.kind = kind;
  if (const auto* n = map.required("format")) {
    if (const auto v = reader.text(*n); v && *v != words.format) {
      reader.error(*n, "case.unknown-format",
                   {{"value", *v}, {"expected", std::string(words.format)}});
    }
  }
  if (const auto* n = map.required("case")) {
    if (auto v = reader.text(*n))
      protocol.case_reference = *v;
  }
  if (const auto* n = map.required(words.deadline_key)) {
    protocol.deadline_where = reader.span(*n);
    if (auto v = reader.instant(*n))
      protocol.deadline = *v;
  }
  if (const auto* n = map.required("opened_at")) {
    protocol.opened_where = reader.span(*n);
    if (auto v = reader.instant(*n))
      protocol.opened_at = *v;
  }
  if (const auto* n = map.optional("replaces")) {
    if (auto v = reader.text(*n))
      protocol.replaces = *v;
  }
  if (const auto* n = map.required("files")) {
    read_files(reader, *n, protocol);
    // In the order procure-score open writes them; an edited order means nothing.
    std::stable_sort(protocol.files.begin(), protocol.files.end(), path_before);
  }
  if (const auto* n = map.required(words.list_key))
    read_tenders(reader, *n, Currency{"NOK", 2}, protocol);
  map.finish();
  if (diagnostics.error_count() > errors_before)
    return std::nullopt;
  check_consistency(protocol, diagnostics);
  if (diagnostics.error_count() > errors_before)
    return std::nullopt;
  return protocol;
}

void verify_opened_tenders(const OpeningProtocol& protocol, const TenderLoad& tenders,
                           Diagnostics& diagnostics) {
  const OpeningWords& words = words_of(protocol.kind);
  std::set<std::string_view> recorded;
  for (const auto& opened : protocol.tenders) {
    if (!recorded.insert(opened.id).second) {
      diagnostics.error(words.twice, {{"id", opened.id}}, opened.where);
      continue;
    }
    const Tender* tender = tenders.find(opened.id);
    if (tender == nullptr) {
      diagnostics.error(words.not_found, {{"id", opened.id}}, opened.where);
      continue;
    }
    const std::string number =
        tender->supplier.organisation_number ? tender->supplier.organisation_number->digits() : "";
    const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
        {"supplier", {opened.supplier, tender->supplier.name}},
        {"organisation_number", {opened.organisation_number, number}},
        {"received", {iso_oslo(opened.received), iso_oslo(tender->received)}},
        {"price", {money_text(opened.price), money_text(tender->price)}},
    };
    for (const auto& [field, values] : fields) {
      if (values.first != values.second) {
        diagnostics.error(words.differs,
                          {{"id", opened.id},
                           {"field", field},
                           {"recorded", values.first},
                           {"now", values.second}},
                          opened.where);
      }
    }
  }
  for (const auto& tender : tenders.tenders) {
    if (!recorded.contains(tender.id))
      diagnostics.error(words.not_recorded, {{"id", tender.id}}, tender.where);
  }
}

void verify_opening(const OpeningProtocol& protocol, const std::vector<SealedFile>& now,
                    Instant deadline_now, const std::string& display_folder,
                    Diagnostics& diagnostics) {
  const OpeningWords& words = words_of(protocol.kind);
  if (protocol.deadline != deadline_now) {
    diagnostics.error(words.deadline_changed,
                      {{"recorded", iso_oslo(protocol.deadline)}, {"now", iso_oslo(deadline_now)}},
                      protocol.deadline_where);
  }
  std::map<std::string_view, const SealedFile*> current;
  for (const auto& file : now)
    current.emplace(file.path, &file);
  std::set<std::string_view> recorded;
  for (const auto& sealed : protocol.files) {
    recorded.insert(sealed.path);
    const auto it = current.find(sealed.path);
    const std::string shown = display_join(display_folder, sealed.path);
    if (it == current.end()) {
      diagnostics.error(words.file_missing, {{"path", shown}}, sealed.where);
    } else if (it->second->sha256 != sealed.sha256) {
      diagnostics.error(words.file_changed,
                        {{"path", shown}, {"recorded", sealed.sha256}, {"now", it->second->sha256}},
                        sealed.where);
    }
  }
  for (const auto& file : now) {
    if (!recorded.contains(file.path)) {
      diagnostics.error(words.not_opened, {{"path", display_join(display_folder, file.path)}});
    }
  }
}

}  // namespace procure
