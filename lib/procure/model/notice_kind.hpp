#pragma once
// The kinds of eForms notice a case publishes: the prior information notice
// (the market dialogue or the coming procurement), the contract notice and
// the contract award notice.

#include <span>
#include <string_view>

#include "procure/core/choice.hpp"

namespace procure {

enum class NoticeKind { pin, cn, can };

// The names the command line and case.yaml use: "pin", "cn", "can".
std::span<const Choice<NoticeKind>> notice_kind_choices();

}  // namespace procure
