#pragma once
// The catalog the tools use: the library's messages plus the tools' own
// labels and help texts.

#include "procure/core/message_catalog.hpp"

namespace procure::cli {

const MessageCatalog& app_catalog();

// The tools' own tables; each tool folder may add one (listed in app_catalog.cpp).
extern const MessageTable common_ui_messages;
extern const MessageTable check_ui_messages;
extern const MessageTable init_ui_messages;
extern const MessageTable dialogue_ui_messages;
extern const MessageTable render_ui_messages;
extern const MessageTable score_ui_messages;
extern const MessageTable score_sheet_ui_messages;
extern const MessageTable schedule_ui_messages;
extern const MessageTable dates_ui_messages;
extern const MessageTable remind_ui_messages;
extern const MessageTable status_ui_messages;
extern const MessageTable timeline_ui_messages;
extern const MessageTable calendar_ui_messages;
extern const MessageTable notice_ui_messages;
extern const MessageTable export_ui_messages;
extern const MessageTable record_ui_messages;

}  // namespace procure::cli
