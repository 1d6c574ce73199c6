#pragma once
// The library's message tables, one per layer. messages.cpp lists them all.

#include "procure/core/message_catalog.hpp"

namespace procure {

extern const MessageTable core_messages;
extern const MessageTable yaml_messages;
extern const MessageTable model_messages;
extern const MessageTable load_messages;
extern const MessageTable calendar_messages;
extern const MessageTable rules_messages;
extern const MessageTable flow_messages;
extern const MessageTable dialogue_messages;
extern const MessageTable documents_messages;
extern const MessageTable evaluation_messages;
extern const MessageTable stage_messages;
extern const MessageTable lot_messages;
extern const MessageTable notices_messages;
extern const MessageTable export_messages;
extern const MessageTable contract_messages;
extern const MessageTable spreadsheet_messages;
extern const MessageTable later_stage_messages;
extern const MessageTable system_reason_messages;

}  // namespace procure
