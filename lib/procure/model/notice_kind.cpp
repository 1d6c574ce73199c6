#include "procure/model/notice_kind.hpp"

#include <array>

namespace procure {

std::span<const Choice<NoticeKind>> notice_kind_choices() {
  static constexpr std::array<Choice<NoticeKind>, 3> kinds{{
      {"pin", NoticeKind::pin},
      {"cn", NoticeKind::cn},
      {"can", NoticeKind::can},
  }};
  return kinds;
}

}  // namespace procure
