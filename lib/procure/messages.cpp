#include "procure/core/message_catalog.hpp"
#include "procure/message_tables.hpp"

namespace procure {

std::vector<MessageTable> library_message_tables() {
  return {core_messages,        yaml_messages,         model_messages,    load_messages,
          calendar_messages,    rules_messages,        flow_messages,     dialogue_messages,
          documents_messages,   evaluation_messages,   stage_messages,    lot_messages,
          notices_messages,     export_messages,       contract_messages, spreadsheet_messages,
          later_stage_messages, system_reason_messages};
}

}  // namespace procure
