#pragma once
// The sentences of the manual pages that are not the tools' own help texts.

#include "procure/core/message_catalog.hpp"

namespace procure::manual {

extern const MessageTable manual_messages;

}  // namespace procure::manual
