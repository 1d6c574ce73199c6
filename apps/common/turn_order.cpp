#include "turn_order.hpp"

namespace procure::cli {

TurnOrder::TurnOrder(std::size_t count) : ended_(count, 0), first_failed_(count) {}

void TurnOrder::end(std::size_t index, bool succeeded) {
  {
    const std::lock_guard lock(mutex_);
    ended_[index] = 1;
    if (!succeeded && index < first_failed_)
      first_failed_ = index;
    while (next_ < ended_.size() && ended_[next_] != 0)
      ++next_;
  }
  turn_changed_.notify_all();
}

TurnOrder::Turn::~Turn() {
  if (!ended_)
    order_.end(index_, false);
}

bool TurnOrder::Turn::failed_before() const {
  const std::lock_guard lock(order_.mutex_);
  return order_.first_failed_ < index_;
}

bool TurnOrder::Turn::wait() {
  std::unique_lock lock(order_.mutex_);
  order_.turn_changed_.wait(
      lock, [&] { return order_.next_ >= index_ || order_.first_failed_ < index_; });
  return order_.first_failed_ >= index_;
}

void TurnOrder::Turn::end(bool succeeded) {
  ended_ = true;
  order_.end(index_, succeeded);
}

}  // namespace procure::cli
