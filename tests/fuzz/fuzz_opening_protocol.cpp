// Fuzz target for the opening-protocol reader. Every diagnostic must point
// inside the protocol; a protocol that reads has its files sorted and unique,
// and written out again it reads back to the same protocol. An input that
// names a participation deadline is read as the requests' protocol.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/evaluation/opening_protocol.hpp"

namespace {

using procure::fuzz::expect;

bool same(const procure::OpeningProtocol& a, const procure::OpeningProtocol& b) {
  if (a.case_reference != b.case_reference || a.deadline != b.deadline ||
      a.opened_at != b.opened_at || a.replaces != b.replaces || a.files.size() != b.files.size() ||
      a.tenders.size() != b.tenders.size())
    return false;
  for (std::size_t i = 0; i < a.files.size(); ++i) {
    if (a.files[i].path != b.files[i].path || a.files[i].sha256 != b.files[i].sha256)
      return false;
  }
  for (std::size_t i = 0; i < a.tenders.size(); ++i) {
    const auto& x = a.tenders[i];
    const auto& y = b.tenders[i];
    if (x.id != y.id || x.supplier != y.supplier ||
        x.organisation_number != y.organisation_number || x.received != y.received ||
        x.price != y.price || x.late != y.late)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto path = procure::fuzz::scratch_folder() / "opening-protocol.yaml";
  procure::fuzz::write_file(path, text);

  const auto kind = text.find("participation_deadline") != std::string_view::npos
                        ? procure::OpeningKind::requests
                        : procure::OpeningKind::tenders;
  procure::Diagnostics diagnostics;
  const auto protocol =
      procure::read_opening_protocol(path, "case/opening-protocol.yaml", diagnostics, kind);
  procure::fuzz::expect_within(diagnostics, "case/opening-protocol.yaml", text);
  if (!protocol)
    return 0;
  for (std::size_t i = 1; i < protocol->files.size(); ++i)
    expect(protocol->files[i - 1].path < protocol->files[i].path,
           "sealed files are sorted and unique");
  if (diagnostics.has_errors())
    return 0;

  const auto written = procure::opening_protocol_yaml(*protocol, "written again");
  const auto again_path = procure::fuzz::scratch_folder() / "opening-protocol-again.yaml";
  procure::fuzz::write_file(again_path, written);
  procure::Diagnostics again_diagnostics;
  const auto again =
      procure::read_opening_protocol(again_path, "again.yaml", again_diagnostics, kind);
  expect(again && !again_diagnostics.has_errors(), "a protocol written again reads");
  expect(same(*protocol, *again), "a protocol written again reads back the same");
  return 0;
}
