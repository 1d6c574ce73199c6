#include "app_catalog.hpp"

namespace procure::cli {

const MessageCatalog& app_catalog() {
  static const MessageCatalog catalog = [] {
    auto tables = library_message_tables();
    tables.insert(
        tables.end(),
        {common_ui_messages, check_ui_messages, init_ui_messages, dialogue_ui_messages,
         render_ui_messages, score_ui_messages, schedule_ui_messages, dates_ui_messages,
         remind_ui_messages, status_ui_messages, timeline_ui_messages, calendar_ui_messages,
         notice_ui_messages, export_ui_messages, score_sheet_ui_messages, record_ui_messages});
    return MessageCatalog(tables);
  }();
  return catalog;
}

}  // namespace procure::cli
