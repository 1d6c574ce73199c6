#pragma once
// Results made on many threads put into effect in their indexes' order, as
// if made one after another: each waits until those before it have had
// their turn, and once one fails, none after it takes effect. The letters
// to a thousand tenderers are made on every core, yet when one cannot be
// made, exactly the letters before it are written, and it alone is told.
//
// Work is handed out in the indexes' order (parallel_for), and a thread
// waits only for indexes below its own, so the lowest unfinished index
// never waits: no thread waits for ever.

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <vector>

namespace procure::cli {

class TurnOrder {
 public:
  explicit TurnOrder(std::size_t count);

  // One index's turn. Unless ended, it ends as failed when it goes (also
  // when its work throws), so that the indexes after it never wait for it.
  class Turn {
   public:
    Turn(TurnOrder& order, std::size_t index) : order_(order), index_(index) {}
    ~Turn();
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;

    // Whether an index before this one failed: its work need not begin.
    bool failed_before() const;
    // Waits until every index before this one has ended its turn; true
    // when none of them failed, and this one may take effect.
    bool wait();
    void end(bool succeeded);

   private:
    TurnOrder& order_;
    std::size_t index_;
    bool ended_ = false;
  };

 private:
  void end(std::size_t index, bool succeeded);

  mutable std::mutex mutex_;
  std::condition_variable turn_changed_;
  std::vector<char> ended_;  // by index (not vector<bool>: no shared words)
  std::size_t next_ = 0;     // every index below it has ended its turn
  std::size_t first_failed_;
};

}  // namespace procure::cli
